package eu.coact.anonymise.scrub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

    private static List<String> phones(String text) {
        List<Span> spans = new ArrayList<>();
        new PhoneDetector().find(text, spans);
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "612 34 56 78",
                "612345678",
                "93 123 45 67",
                "+34 612 345 678",
                "0034 612 345 678",
                "030 12345678",
                "(0151) 2345 6789",
                "089/1234567",
                "+49 30 1234567",
                "+1 212 555 0100",
                "+44 20 7946 0958",
                "6 1 2 3 4 5 6 7 8",
                "+34 6 1 2 3 4 5 6 7 8",
                "(+34) 612 345 678",
                "(0034) 612 34 56 78",
                "(93) 123 45 67",
                "+49 (0)30 1234567",
                "(+49) 151 2345 6789"
            })
    void findsNumbersInTheUsualFormats(String number) {
        assertThat(phones("call " + number + ", please")).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12.03.1985",
                "1.250.000 €",
                "978-84-376-0494-7",
                "12345678901",
                "112",
                "2019 2020 2021",
                "1 2 3 4 5 6 7 8 9 10 11 12",
                "612345678abc",
                "01.02.1990 12:30",
                "0000 0000 0000 00",
                "612.345.678 euros",
                "9 8 7 6 5 4 3 2 1",
                "1 2 3 4 5 6 7 8 9",
                "6 7 8 9 10 11 12",
                "(1) 2 3"
            })
    void leavesOtherNumbersAlone(String text) {
        assertThat(phones("it was " + text + " then")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void twoNumbersOneAfterTheOtherAreTwoNumbers() {
        assertThat(phones("612 345 678 699 887 766")).containsExactly("612 345 678", "699 887 766");
    }
}
