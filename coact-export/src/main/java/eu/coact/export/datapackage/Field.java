package eu.coact.export.datapackage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a table: its name (the CSV header), type, a title and description for the
 * codebook, and its constraints.
 *
 * @param name        the column name, as in the CSV header
 * @param type        the type of its values
 * @param title       a short human label; may be empty
 * @param description what the column means; may be empty
 * @param constraints what its values must satisfy
 */
public record Field(String name, FieldType type, String title, String description, Constraints constraints) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    /** Checks the name; titles and descriptions may be empty but not null. */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(constraints, "constraints");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a field name starts with a letter or '_' and has letters, digits, '_', '.', '-': '" + name + "'");
        }
    }

    /** A field of this type with no title, description or constraints. */
    public static Field of(String name, FieldType type) {
        return new Field(name, type, "", "", Constraints.none());
    }

    /** The same field with constraints. */
    public Field constrained(Constraints newConstraints) {
        return new Field(name, type, title, description, newConstraints);
    }

    /** The same field with a title and description for the codebook. */
    public Field described(String newTitle, String newDescription) {
        return new Field(name, type, newTitle, newDescription, constraints);
    }
}
