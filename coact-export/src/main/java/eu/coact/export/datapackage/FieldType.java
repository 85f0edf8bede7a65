package eu.coact.export.datapackage;

import java.util.Locale;
import java.util.Optional;

/** The Table Schema types a field can have; the lexical forms are those of the v2 standard. */
public enum FieldType {
    /** Any text. */
    STRING,
    /** A whole number written with digits and an optional minus sign, e.g. {@code -12}. */
    INTEGER,
    /** A decimal number, e.g. {@code 3.5}, {@code 1e-3}, or {@code NaN}, {@code INF}, {@code -INF}. */
    NUMBER,
    /** {@code true}/{@code false} (also {@code True}, {@code TRUE}, {@code 1}, {@code 0} and their pairs). */
    BOOLEAN,
    /** A calendar date, {@code 2026-11-21}. */
    DATE,
    /** A time of day, {@code 14:30:00}. */
    TIME,
    /** A date and time, {@code 2026-11-21T14:30:00Z}, with or without an offset. */
    DATETIME,
    /** A calendar year, {@code 2026}. */
    YEAR;

    /** The name used in {@code datapackage.json}, e.g. {@code datetime}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this {@code datapackage.json} name, if it is one this library knows. */
    public static Optional<FieldType> fromJsonName(String name) {
        for (FieldType type : values()) {
            if (type.jsonName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** True for types whose values are ordered numbers, written as JSON numbers in constraints. */
    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER || this == YEAR;
    }
}
