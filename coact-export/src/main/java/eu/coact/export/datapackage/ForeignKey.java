package eu.coact.export.datapackage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fields of one table whose values must appear as the key of another table (or of the same
 * table, when no resource is named). A row whose key fields are all missing is not checked.
 *
 * @param fields          the fields of this table
 * @param resource        the name of the referenced resource; empty for this one
 * @param referenceFields the fields of the referenced table, in the same order
 */
public record ForeignKey(List<String> fields, Optional<String> resource, List<String> referenceFields) {

    /** Copies the lists and checks that both sides have the same number of fields. */
    public ForeignKey {
        fields = List.copyOf(fields);
        referenceFields = List.copyOf(referenceFields);
        Objects.requireNonNull(resource, "resource");
        if (fields.isEmpty() || fields.size() != referenceFields.size()) {
            throw new IllegalArgumentException(
                    "a foreign key needs the same number (at least one) of fields on both sides");
        }
    }

    /** A single-field reference to a field of another resource. */
    public static ForeignKey to(String field, String resource, String referenceField) {
        return new ForeignKey(List.of(field), Optional.of(resource), List.of(referenceField));
    }
}
