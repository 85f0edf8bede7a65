package eu.coact.anonymise.scrub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    @Test
    void knownGoodAndBadValues() {
        assertThat(Checksums.iban("ES9121000418450200051332")).isTrue();
        assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.iban("ES9121000418450200051333")).isFalse();
        assertThat(Checksums.dni("12345678", 'Z')).isTrue();
        assertThat(Checksums.dni("12345678", 'z')).isTrue();
        assertThat(Checksums.dni("12345678", 'A')).isFalse();
        assertThat(Checksums.nie('X', "1234567", 'L')).isTrue();
        assertThat(Checksums.nie('X', "1234567", 'M')).isFalse();
        assertThat(Checksums.steuerId("86095742719")).isTrue();
        assertThat(Checksums.steuerId("86095742718")).isFalse();
        assertThat(Checksums.steuerId("12345678901")).isFalse();
        assertThat(Checksums.germanIdCard("T220001293")).isTrue();
        assertThat(Checksums.germanIdCard("T220001294")).isFalse();
    }

    @Property(tries = 500)
    void everyDniHasExactlyOneValidLetter(@ForAll @IntRange(min = 0, max = 99_999_999) int number) {
        String digits = String.format("%08d", number);
        long valid = LETTERS.chars()
                .filter(letter -> Checksums.dni(digits, (char) letter))
                .count();
        assertThat(valid).isEqualTo(1);
    }

    @Property(tries = 500)
    void changingOneDigitOfAValidIbanBreaksIt(
            @ForAll @IntRange(min = 4, max = 23) int at, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String iban = "ES9121000418450200051332";
        char changed = (char) ('0' + (iban.charAt(at) - '0' + delta) % 10);
        String broken = iban.substring(0, at) + changed + iban.substring(at + 1);
        assertThat(Checksums.iban(broken)).isFalse();
    }
}
