package eu.coact.export.datapackage;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Table Schema of one CSV file: its fields in column order, the codes that stand for a
 * missing value (e.g. {@code ""} and a "rather not answer" code), the primary key and the
 * foreign keys.
 *
 * @param fields        the columns, in order
 * @param missingValues the strings read as "no value"
 * @param primaryKey    the fields that identify a row; empty for none
 * @param foreignKeys   references to other tables
 */
public record TableSchema(
        List<Field> fields, List<String> missingValues, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    /** Copies the lists; checks that names are unique and that keys name existing fields. */
    public TableSchema {
        fields = List.copyOf(fields);
        missingValues = List.copyOf(missingValues);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a table schema needs at least one field");
        }
        Set<String> names = new HashSet<>();
        for (Field f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("two fields are named '" + f.name() + "'");
            }
        }
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("the primary key names '" + key + "', which is not a field");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            for (String key : fk.fields()) {
                if (!names.contains(key)) {
                    throw new IllegalArgumentException("a foreign key names '" + key + "', which is not a field");
                }
            }
        }
    }

    /** A schema with these fields, {@code ""} as the only missing value, and no keys. */
    public static TableSchema of(List<Field> fields) {
        return new TableSchema(fields, List.of(""), List.of(), List.of());
    }

    /** The same schema with a primary key. */
    public TableSchema withPrimaryKey(String... keyFields) {
        return new TableSchema(fields, missingValues, List.of(keyFields), foreignKeys);
    }

    /** The same schema with one more foreign key. */
    public TableSchema withForeignKey(ForeignKey key) {
        List<ForeignKey> all = new java.util.ArrayList<>(foreignKeys);
        all.add(key);
        return new TableSchema(fields, missingValues, primaryKey, all);
    }

    /** The same schema with these missing-value codes. */
    public TableSchema withMissingValues(String... codes) {
        return new TableSchema(fields, List.of(codes), primaryKey, foreignKeys);
    }

    /** The column names in order, as in the CSV header. */
    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** The field with this name. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
