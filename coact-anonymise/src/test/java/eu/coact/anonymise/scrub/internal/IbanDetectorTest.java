package eu.coact.anonymise.scrub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

    private static List<String> ibans(String text) {
        List<Span> spans = new ArrayList<>();
        new IbanDetector().find(text, spans);
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ES91 2100 0418 4502 0005 1332",
                "ES9121000418450200051332",
                "DE89 3704 0044 0532 0130 00",
                "GB82 WEST 1234 5698 7654 32",
                "es91 2100 0418 4502 0005 1332"
            })
    void findsValidIbansCompactOrGrouped(String iban) {
        assertThat(ibans("account " + iban + ", thanks")).containsExactly(iban);
    }

    /** Found by the scrubbing properties: a handle and the words after it passed mod 97. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ne @ab20aiacb ne Klaus Weber.",
                "ES91 2100 0418 4502 0005 1333",
                "xES9121000418450200051332",
                "AB20AIACB NEKLAUS WEBER"
            })
    void leavesLookAlikesAlone(String text) {
        assertThat(ibans(text)).isEmpty();
    }
}
