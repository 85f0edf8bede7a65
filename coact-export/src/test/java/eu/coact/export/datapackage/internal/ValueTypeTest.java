package eu.coact.export.datapackage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.export.datapackage.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ValueTypeTest {

    @Property(tries = 3000)
    void dateTimesAreAcceptedExactlyWhenJavaTimeAcceptsThem(@ForAll("dateTimes") String text) {
        assertThat(ValueType.check(FieldType.DATETIME, text).isEmpty()).as(text).isEqualTo(javaTimeAccepts(text));
    }

    @Property(tries = 2000)
    void datesAreAcceptedExactlyWhenJavaTimeAcceptsThem(@ForAll("dates") String text) {
        boolean accepted;
        try {
            LocalDate.parse(text);
            accepted = true;
        } catch (DateTimeParseException e) {
            accepted = false;
        }
        assertThat(ValueType.check(FieldType.DATE, text).isEmpty()).as(text).isEqualTo(accepted);
    }

    @Test
    void numbersIntegersAndBooleansFollowTheTableSchemaLexicalRules() {
        assertThat(ValueType.check(FieldType.INTEGER, "-12")).isEmpty();
        assertThat(ValueType.check(FieldType.INTEGER, "1.0")).isPresent();
        assertThat(ValueType.check(FieldType.INTEGER, "")).isPresent();
        assertThat(ValueType.check(FieldType.NUMBER, "1e-3")).isEmpty();
        assertThat(ValueType.check(FieldType.NUMBER, "-INF")).isEmpty();
        assertThat(ValueType.check(FieldType.NUMBER, ".5")).isEmpty();
        assertThat(ValueType.check(FieldType.NUMBER, "1e")).isPresent();
        assertThat(ValueType.check(FieldType.NUMBER, "١٢"))
                .as("non-ASCII digits")
                .isPresent();
        assertThat(ValueType.check(FieldType.BOOLEAN, "TRUE")).isEmpty();
        assertThat(ValueType.check(FieldType.BOOLEAN, "yes")).isPresent();
        assertThat(ValueType.check(FieldType.YEAR, "2026")).isEmpty();
        assertThat(ValueType.check(FieldType.YEAR, "26")).isPresent();
        assertThat(ValueType.compare(FieldType.INTEGER, "9", "10")).isNegative();
        assertThat(ValueType.compare(FieldType.INTEGER, "99999999999999999999", "10"))
                .isPositive();
        assertThat(ValueType.compare(FieldType.NUMBER, "INF", "1e300")).isPositive();
        assertThat(ValueType.compare(FieldType.DATETIME, "2026-01-01T01:00:00+01:00", "2026-01-01T00:00:00Z"))
                .isZero();
    }

    private static boolean javaTimeAccepts(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> year = Arbitraries.of("2021", "2024", "1900", "2000", "0000", "20x1");
        Arbitrary<String> month = Arbitraries.of("01", "02", "04", "12", "13", "00", "1");
        Arbitrary<String> day = Arbitraries.of("01", "28", "29", "30", "31", "32", "00", "9");
        return Combinators.combine(year, month, day).as((y, m, d) -> y + "-" + m + "-" + d);
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> time = Arbitraries.of(
                "00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60", "1:00:00", "12:00", "12:00:00.5");
        Arbitrary<String> zone = Arbitraries.of("", "Z", "+01:00", "-05:30", "+18:00", "+19:00", "+0100", "z", " ");
        Arbitrary<String> sep = Arbitraries.of("T", "T", "T", " ", "t");
        return Combinators.combine(dates(), sep, time, zone).as((d, s, t, z) -> d + s + t + z);
    }
}
