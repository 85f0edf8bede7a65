package eu.coact.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class PseudonymShapeTest {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    @Property(tries = 2000)
    void acceptsExactlyTheUrlSafeShapeOf16To128Characters(@ForAll @StringLength(max = 140) String candidate) {
        if (SHAPE.matcher(candidate).matches()) {
            assertThat(Pseudonym.of(candidate).value()).isEqualTo(candidate);
        } else {
            assertThatThrownBy(() -> Pseudonym.of(candidate)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 500)
    void acceptsEveryUrlSafeStringInTheLengthRange(
            @ForAll
                    @StringLength(min = 16, max = 128)
                    @net.jqwik.api.constraints.Chars({'-', '_'})
                    @net.jqwik.api.constraints.AlphaChars
                    @net.jqwik.api.constraints.NumericChars
                    String candidate) {
        assertThat(Pseudonym.of(candidate).value()).isEqualTo(candidate);
    }
}
