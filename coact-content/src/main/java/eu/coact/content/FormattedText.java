package eu.coact.content;

import eu.coact.content.internal.MarkupParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in the content markup, parsed: {@code **bold**}, {@code _italic_},
 * {@code [label](https://…)} (http and https only), a newline is a line break, and a backslash
 * makes any of {@code * _ [ ] ( ) \} an ordinary character. A {@code {placeholder}} is text,
 * never markup. Unbalanced or unknown markup is refused with a sentence saying where, so that a
 * channel never shows raw marks. Channels render it: {@link #plainText()} for a console or a
 * codebook, {@link #html()} for the web, and the Telegram channel its own HTML.
 *
 * <p>Immutable and thread-safe. The spans are canonical: plain runs are never empty, never hold
 * a newline, and never follow each other, so two texts that read the same are equal.
 *
 * @param spans the text's parts in order
 */
public record FormattedText(List<Span> spans) {

    /** Copies the list and checks it is canonical. */
    public FormattedText {
        spans = List.copyOf(spans);
        checkCanonical(spans);
    }

    /** One part of a formatted text. */
    public sealed interface Span permits Plain, Bold, Italic, Link, LineBreak {}

    /**
     * Ordinary text, without newlines.
     *
     * @param text the text, not empty
     */
    public record Plain(String text) implements Span {
        /** Checks the text. */
        public Plain {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty() || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a plain run is not empty and has no newline");
            }
        }
    }

    /**
     * Bold text.
     *
     * @param spans what is bold, not empty
     */
    public record Bold(List<Span> spans) implements Span {
        /** Copies and checks the parts. */
        public Bold {
            spans = nonEmpty(spans);
        }
    }

    /**
     * Italic text.
     *
     * @param spans what is italic, not empty
     */
    public record Italic(List<Span> spans) implements Span {
        /** Copies and checks the parts. */
        public Italic {
            spans = nonEmpty(spans);
        }
    }

    /**
     * A link.
     *
     * @param label  what the reader sees, not empty, without links
     * @param target where it leads: an absolute http or https address
     */
    public record Link(List<Span> label, URI target) implements Span {
        /** Copies and checks the parts. */
        public Link {
            label = nonEmpty(label);
            Objects.requireNonNull(target, "target");
            if (!MarkupParser.isWebAddress(target)) {
                throw new IllegalArgumentException("a link leads to an http or https address");
            }
        }
    }

    /** A line break. */
    public enum LineBreak implements Span {
        /** The only instance. */
        INSTANCE
    }

    /**
     * Parses markup, reporting every mistake.
     *
     * @param markup   the text as written
     * @param problems receives a problem code and a sentence for each mistake, naming its line and column
     * @return the text, or empty when it has mistakes
     */
    public static Optional<FormattedText> parse(String markup, MarkupProblems problems) {
        return MarkupParser.parse(
                Objects.requireNonNull(markup, "markup"), Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Checks markup without keeping the result.
     *
     * @param markup   the text as written
     * @param problems receives each mistake
     * @return true when the markup is correct
     */
    public static boolean check(String markup, MarkupProblems problems) {
        return parse(markup, problems).isPresent();
    }

    /**
     * Parses markup known to be correct (validated content, the SDK's own texts).
     *
     * @param markup the text as written
     * @return the text
     * @throws IllegalArgumentException naming the first mistake
     */
    public static FormattedText of(String markup) {
        List<String> found = new ArrayList<>();
        Optional<FormattedText> text = parse(markup, (code, message) -> found.add(message));
        return text.orElseThrow(() -> new IllegalArgumentException(found.get(0)));
    }

    /**
     * A text shown exactly as given, with no markup: what a participant typed, or a value put
     * into a placeholder.
     *
     * @param text the text
     * @return the text, newlines as line breaks
     */
    public static FormattedText literal(String text) {
        return MarkupParser.literal(Objects.requireNonNull(text, "text"));
    }

    /**
     * Writes a text so that markup shows it as given: every markup character gets a backslash.
     *
     * @param text any text
     * @return markup whose {@link #parse} is {@link #literal}{@code (text)}
     */
    public static String escape(String text) {
        return MarkupParser.escape(Objects.requireNonNull(text, "text"));
    }

    /**
     * The text without formatting, for a console, a codebook or a button label; a link shows
     * as its label followed by its address in parentheses.
     *
     * @return the plain text, line breaks as newlines
     */
    public String plainText() {
        return MarkupParser.plainText(spans);
    }

    /**
     * The text as markup again, in its canonical spelling.
     *
     * @return markup that parses to this text
     */
    public String markup() {
        return MarkupParser.markup(spans);
    }

    /**
     * The text as an HTML fragment for a web page: {@code <strong>}, {@code <em>},
     * {@code <a href rel="noopener noreferrer">} and {@code <br>}, every other character escaped.
     *
     * @return the HTML fragment
     */
    public String html() {
        return MarkupParser.html(spans);
    }

    private static List<Span> nonEmpty(List<Span> spans) {
        List<Span> copy = List.copyOf(spans);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("formatting holds some text");
        }
        checkCanonical(copy);
        return copy;
    }

    private static void checkCanonical(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i) instanceof Plain && spans.get(i - 1) instanceof Plain) {
                throw new IllegalArgumentException("two plain runs in a row are one run");
            }
        }
    }

    /** Receives the mistakes found in markup. */
    @FunctionalInterface
    public interface MarkupProblems {
        /**
         * One mistake.
         *
         * @param code    a stable problem code, e.g. {@code markup-unbalanced}
         * @param message a sentence for the author, naming the line and column in the text
         */
        void report(String code, String message);
    }
}
