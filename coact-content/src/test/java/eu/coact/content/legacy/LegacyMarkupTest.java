package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.legacy.internal.LegacyMarkup;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LegacyMarkupTest {

    private static String convert(String html) {
        return LegacyMarkup.convert(html).text();
    }

    @Test
    void tagsBecomeMarkupAndEntitiesTheirCharacters() {
        assertThat(convert("<b>Hi</b> &#x1F91D; <i>you</i> &amp; <strong>me</strong><br>next"))
                .isEqualTo("**Hi** \uD83E\uDD1D _you_ & **me**\nnext");
        assertThat(convert("<a href=\"https://example.org/a_b\">the site</a>"))
                .isEqualTo("[the site](https://example.org/a_b)");
        assertThat(convert("&#233;s &eacute;")).isEqualTo("és &eacute;");
    }

    @Test
    void markupCharactersThatWereTextAreEscaped() {
        assertThat(convert("2*3 = 6 (approx) [sic] snake_case \\"))
                .isEqualTo("2\\*3 = 6 \\(approx\\) \\[sic\\] snake\\_case \\\\");
        assertThat(convert("&#42;not bold&#42;")).isEqualTo("\\*not bold\\*");
    }

    @Test
    void whatCannotBeCarriedOverIsDroppedAndReported() {
        LegacyMarkup.Converted c = LegacyMarkup.convert("<u>under</u> <a href=\"javascript:x()\">x</a> </b> <b>open");
        assertThat(c.text()).isEqualTo("under x  **open**");
        assertThat(c.issues()).hasSize(5);
    }

    /** Text without tags or entities survives as itself once its escapes are read back. */
    @Property
    void plainTextRoundTrips(@ForAll @StringLength(max = 80) String text) {
        String plain = text.replace("<", "").replace("&", "");
        String converted = convert(plain);
        assertThat(converted.replaceAll("\\\\(.)", "$1")).isEqualTo(plain);
        assertThat(converted.replaceAll("\\\\.", "")).doesNotContain("*", "_", "[", "]", "(", ")", "\\");
    }
}
