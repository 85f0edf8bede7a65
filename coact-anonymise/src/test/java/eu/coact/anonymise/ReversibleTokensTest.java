package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ReversibleTokensTest {

    private static final PseudonymDomain CUSTODY = PseudonymDomain.of("coact-mental-health", "custodian");
    private final PseudonymKey key = PseudonymKey.generate(KeyId.of("custodian"));
    private final ReversibleTokens tokens = ReversibleTokens.of(key, CUSTODY);

    @Property(tries = 200)
    void aTokenRevealsItsValueAndIsDeterministic(@ForAll @StringLength(max = 80) String value) throws Exception {
        String token = tokens.tokenFor(value);
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(tokens.tokenFor(value)).isEqualTo(token);
        assertThat(ReversibleTokens.of(key, CUSTODY).reveal(token)).isEqualTo(value);
    }

    @Property(tries = 100)
    void anotherKeyOrDomainCannotRevealAToken(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 16, max = 43) String value) {
        String token = tokens.tokenFor(value);
        ReversibleTokens otherKey = ReversibleTokens.of(PseudonymKey.generate(KeyId.of("other")), CUSTODY);
        ReversibleTokens otherDomain = ReversibleTokens.of(key, PseudonymDomain.of("coact-mental-health", "other"));
        assertThatThrownBy(() -> otherKey.reveal(token))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.NOT_AUTHENTIC));
        assertThatThrownBy(() -> otherDomain.reveal(token))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.NOT_AUTHENTIC));
    }

    @Property(tries = 1000)
    void aTamperedTokenIsRefused(
            @ForAll @AlphaChars @StringLength(min = 1, max = 43) String value,
            @ForAll @IntRange(min = 0, max = 200) int at) {
        String token = tokens.tokenFor(value);
        int i = at % token.length();
        char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
        assertThatThrownBy(() -> tokens.reveal(tampered))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageNotContaining(tampered);
    }

    @Test
    void somethingThatIsNotATokenIsMalformed() {
        assertThatThrownBy(() -> tokens.reveal("not a token!"))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.MALFORMED));
        assertThatThrownBy(() -> tokens.reveal("AAAA"))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.NOT_AUTHENTIC));
    }

    @Test
    void showsNoKey() {
        assertThat(tokens.toString()).contains("custodian").contains("key hidden");
    }
}
