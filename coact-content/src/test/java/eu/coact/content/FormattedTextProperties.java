package eu.coact.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormattedTextProperties {

    private static Optional<FormattedText> parse(String markup, List<String> problems) {
        return FormattedText.parse(markup, (code, message) -> problems.add(code + ": " + message));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab *_[]()\\\n{}<&é").ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<FormattedText> formatted() {
        Arbitrary<FormattedText.Span> plain = Arbitraries.strings()
                .withChars("ab *_[]()\\<&é")
                .ofMinLength(1)
                .ofMaxLength(8)
                .map(FormattedText.Plain::new);
        Arbitrary<FormattedText.Span> leaf =
                Arbitraries.oneOf(plain, Arbitraries.just(FormattedText.LineBreak.INSTANCE));
        Arbitrary<FormattedText.Span> bold =
                plain.list().ofMinSize(1).ofMaxSize(1).map(FormattedText.Bold::new);
        Arbitrary<FormattedText.Span> italic =
                plain.list().ofMinSize(1).ofMaxSize(1).map(FormattedText.Italic::new);
        Arbitrary<FormattedText.Span> boldItalic = italic.map(i -> new FormattedText.Bold(List.of(i)));
        Arbitrary<FormattedText.Span> link =
                plain.map(p -> new FormattedText.Link(List.of(p), URI.create("https://example.org/a_b?c=(1)")));
        return Arbitraries.oneOf(leaf, bold, italic, boldItalic, link)
                .list()
                .ofMaxSize(6)
                .map(FormattedTextProperties::canonical)
                .map(FormattedText::new);
    }

    private static List<FormattedText.Span> canonical(List<FormattedText.Span> spans) {
        List<FormattedText.Span> out = new ArrayList<>();
        for (FormattedText.Span span : spans) {
            if (span instanceof FormattedText.Plain p
                    && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof FormattedText.Plain before) {
                out.set(out.size() - 1, new FormattedText.Plain(before.text() + p.text()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    @Property
    void anEscapedTextReadsBackExactlyAsGiven(@ForAll("anyText") String text) {
        List<String> problems = new ArrayList<>();
        Optional<FormattedText> read = parse(FormattedText.escape(text), problems);

        assertThat(problems).isEmpty();
        assertThat(read).contains(FormattedText.literal(text));
        assertThat(read.orElseThrow().plainText()).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Property
    void writingATextAsMarkupAndReadingItBackGivesTheSameText(@ForAll("formatted") FormattedText text) {
        List<String> problems = new ArrayList<>();
        assertThat(parse(text.markup(), problems)).as(problems.toString()).contains(text);
    }

    @Property
    void anyInputEitherParsesOrIsRefusedWithAReasonNeverAnException(@ForAll("anyText") String text) {
        List<String> problems = new ArrayList<>();
        Optional<FormattedText> read = parse(text, problems);

        assertThat(read.isPresent()).isEqualTo(problems.isEmpty());
        read.ifPresent(t -> assertThat(t.html())
                .doesNotContain("<script")
                .satisfies(html -> assertThat(html.replaceAll(
                                "</?(strong|em)>|<br>|<a href=\"[^\"<>]*\" rel=\"noopener noreferrer\">|</a>"
                                        + "|&(amp|lt|gt|quot|#39);",
                                ""))
                        .doesNotContain("<", ">", "\"")));
    }

    @Example
    void theMarkupOfTheBrief() {
        FormattedText text = FormattedText.of("**Bold** _it_ [Line 024](https://example.org/024)\nnext {name} a\\*b");
        assertThat(text.plainText()).isEqualTo("Bold it Line 024 (https://example.org/024)\nnext {name} a*b");
        assertThat(text.html())
                .isEqualTo("<strong>Bold</strong> <em>it</em> <a href=\"https://example.org/024\" "
                        + "rel=\"noopener noreferrer\">Line 024</a><br>next {name} a*b");
        assertThat(FormattedText.of("a {snake_case} b").plainText()).isEqualTo("a {snake_case} b");
    }

    @Example
    void mistakesAreNamedWithTheirPlace() {
        List<String> problems = new ArrayList<>();
        assertThat(parse("ok\n**open _cross** x_", problems)).isEmpty();
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("markup-unbalanced").contains("line 2"));
        problems.clear();
        assertThat(parse("[a](javascript:alert(1))", problems)).isEmpty();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("markup-link"));
        problems.clear();
        assertThat(parse("a ] b", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("\\]"));
    }
}
