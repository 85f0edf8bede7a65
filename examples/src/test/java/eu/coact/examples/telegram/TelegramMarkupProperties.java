package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TelegramMarkupProperties {

    private static final Pattern TAG_OR_ENTITY = Pattern.compile("</?[bia]>|<a href=\"[^\"<>]*\">|&(amp|lt|gt|quot);");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab *_<>&\n\\[]()é").ofMaxLength(40),
                Arbitraries.of("**bold**", "_it_", "[a](https://example.org/?q=1&r=2)", "x", "\n", " ", "\\*")
                        .list()
                        .ofMaxSize(8)
                        .map(parts -> String.join("", parts)),
                Arbitraries.strings().ofMaxLength(60));
    }

    @Property
    void onlyBoldAndItalicTagsAppearAndTheyNestProperly(@ForAll("texts") String text) {
        String html = TelegramMarkup.html(text);
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG_OR_ENTITY.matcher(html);
        int last = 0;
        while (m.find()) {
            String between = html.substring(last, m.start());
            assertThat(between).doesNotContain("<", ">", "&");
            String token = m.group();
            if (token.equals("<b>") || token.equals("<i>")) {
                open.push(token);
            } else if (token.startsWith("<a ")) {
                open.push("<a>");
            } else if (token.startsWith("</")) {
                assertThat(open).isNotEmpty();
                assertThat(open.pop()).isEqualTo("<" + token.substring(2));
            }
            last = m.end();
        }
        assertThat(html.substring(last)).doesNotContain("<", ">", "&");
        assertThat(open).isEmpty();
    }

    @Property
    void whatTheParticipantReadsIsThePlainText(@ForAll("texts") String text) {
        // A link shows its label; the plain text adds its address in parentheses.
        String shown = TelegramMarkup.html(text)
                .replaceAll("</?[bi]>", "")
                .replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");

        assertThat(shown).isEqualTo(TelegramMarkup.plain(text));
    }

    @Property
    void textWithoutMarksIsShownAsWritten(@ForAll("texts") String text) {
        String unmarked = text.replaceAll("[*_\\[\\]\\\\]", "");

        assertThat(TelegramMarkup.plain(unmarked)).isEqualTo(unmarked);
    }

    @Property
    void piecesStayWithinTheLimitAndLoseOnlyTheSeparatorsCutAt(
            @ForAll("texts") String text, @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 12) int limit) {
        java.util.List<String> pieces = TelegramMarkup.pieces(text, limit);

        assertThat(pieces)
                .allSatisfy(piece ->
                        assertThat(TelegramMarkup.plain(piece).length()).isLessThanOrEqualTo(limit));
        assertThat(pieces.stream()
                        .map(TelegramMarkup::plain)
                        .collect(java.util.stream.Collectors.joining())
                        .replaceAll("[ \n]", ""))
                .isEqualTo(TelegramMarkup.plain(text).replaceAll("[ \n]", ""));
        assertThat(pieces).allSatisfy(piece -> assertThat(piece).doesNotEndWith("\uD83D"));
    }

    @Example
    void marksBecomeTagsAndEverythingElseIsEscaped() {
        assertThat(TelegramMarkup.html("**Hola** & <b>_adéu_</b>, 2\\*3 = snake\\_case"))
                .isEqualTo("<b>Hola</b> &amp; &lt;b&gt;<i>adéu</i>&lt;/b&gt;, 2*3 = snake_case");
        assertThat(TelegramMarkup.html("**bold with _italic_ inside**\n[Line 024](https://example.org/a?b=1&c=2)"))
                .isEqualTo("<b>bold with <i>italic</i> inside</b>\n"
                        + "<a href=\"https://example.org/a?b=1&amp;c=2\">Line 024</a>");
        // Markup that does not parse is shown as written, escaped.
        assertThat(TelegramMarkup.html("a *lonely star <b>")).isEqualTo("a *lonely star &lt;b&gt;");
    }
}
