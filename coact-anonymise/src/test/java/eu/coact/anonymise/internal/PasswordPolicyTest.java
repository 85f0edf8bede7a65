package eu.coact.anonymise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.anonymise.WeakPasswordException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PasswordPolicyTest {

    private static final List<String> COMMON = bundled();

    @Example
    void theBundledListHasAFewThousandEntries() {
        assertThat(COMMON).hasSizeGreaterThan(2_500).contains("password", "qwerty", "contrasenya", "passwort");
    }

    @Provide
    Arbitrary<String> dressedUpCommonPasswords() {
        Arbitrary<String> word = Arbitraries.of(COMMON);
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> symbol = Arbitraries.of("", "!", "?", "#", ".", "*");
        Arbitrary<Boolean> capital = Arbitraries.of(true, false);
        return net.jqwik.api.Combinators.combine(word, digits, symbol, capital).as((w, d, s, c) -> {
            String core = c ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
            String dressed = core + d + s;
            // Pad to the minimum length with more digits, as people do.
            StringBuilder out = new StringBuilder(dressed);
            while (out.codePointCount(0, out.length()) < PasswordPolicy.MIN_LENGTH) {
                out.append(out.length() % 10);
            }
            return out.toString();
        });
    }

    @Property(tries = 300)
    void everyCommonPasswordWithCapitalsDigitsOrSymbolsAddedIsRefused(@ForAll("dressedUpCommonPasswords") String p) {
        assertThatThrownBy(() -> PasswordPolicy.check(p.toCharArray()))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageNotContaining(p);
    }

    @Property(tries = 200)
    void twoCommonEntriesJoinedAreRefused(@ForAll("pairs") String p) {
        assertThatThrownBy(() -> PasswordPolicy.check(p.toCharArray())).isInstanceOf(WeakPasswordException.class);
    }

    @Provide
    Arbitrary<String> pairs() {
        return Arbitraries.of(COMMON)
                .filter(w -> w.length() >= 6)
                .list()
                .ofSize(2)
                .map(l -> l.get(0) + l.get(1));
    }

    @Example
    void patternsAndShortPasswordsAreRefusedWithTheirReason() {
        assertThat(reason("short pw")).isEqualTo(WeakPasswordException.Reason.TOO_SHORT);
        assertThat(reason("aaaaaaaaaaaaaaaa")).isEqualTo(WeakPasswordException.Reason.PATTERN);
        assertThat(reason("xyzxyzxyzxyzxyz")).isEqualTo(WeakPasswordException.Reason.PATTERN);
        assertThat(reason("mnopqrstuvwx")).isEqualTo(WeakPasswordException.Reason.PATTERN);
        assertThat(reason("correct horse battery staple")).isEqualTo(WeakPasswordException.Reason.COMMON);
        assertThat(reason("C0ntrasenya_2023")).isEqualTo(WeakPasswordException.Reason.COMMON);
        assertThat(reason("ＰＡＳＳＷＯＲＤ１２３４")).isEqualTo(WeakPasswordException.Reason.COMMON);
    }

    @Example
    void unrelatedWordsAndRandomPasswordsPass() {
        for (String fine : List.of(
                "ledger quartz umbrella fjord",
                "a long vault password",
                "tG7#pq9!Lx2&vR",
                "violeta pujol escala 42 nord")) {
            assertThatCode(() -> PasswordPolicy.check(fine.toCharArray()))
                    .as(fine)
                    .doesNotThrowAnyException();
        }
    }

    private static WeakPasswordException.Reason reason(String password) {
        try {
            PasswordPolicy.check(password.toCharArray());
            throw new AssertionError("accepted: " + password);
        } catch (WeakPasswordException e) {
            return e.reason();
        }
    }

    private static List<String> bundled() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
