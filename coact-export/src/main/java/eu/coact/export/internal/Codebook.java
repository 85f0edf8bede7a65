package eu.coact.export.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.AnswerCode;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.FormattedText;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Study;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codebook of a study, generated from its content model: every block, every question a
 * participant answers (microstory questions by their codebook variable, not per attempt), its
 * text in every language, its answer codes with labels and its "rather not answer" codes.
 * Rendered as Markdown, HTML and JSON; the release also writes it as CSV tables.
 */
public final class Codebook {

    private static final ObjectMapper MAPPER = DocumentReader.standard().mapper(DocumentFormat.JSON);

    private final Study study;
    private final List<Language> languages;
    private final Map<String, CodebookQuestion> questions = new LinkedHashMap<>();

    private Codebook(Study study) {
        this.study = study;
        this.languages = study.plan().languages();
        for (ContentBlock block : study.blocks().values()) {
            Optional<eu.coact.content.Story> story = block.story();
            if (story.isPresent()) {
                for (AttemptedQuestion q : story.get().questions()) {
                    // The message asking the first attempt, whatever its id (imported blocks number theirs).
                    block.messages().values().stream()
                            .filter(m -> m.answerVariable()
                                    .filter(q.attempts().get(0)::equals)
                                    .isPresent())
                            .findFirst()
                            .ifPresent(m -> add(block, q.variable(), m));
                }
                continue;
            }
            for (Message message : block.messages().values()) {
                message.answerVariable().ifPresent(v -> add(block, v, message));
            }
        }
    }

    /** The codebook of a study. */
    public static Codebook of(Study study) {
        return new Codebook(study);
    }

    private void add(ContentBlock block, String variable, Message message) {
        String type = message instanceof FreeText
                ? "free-text"
                : message instanceof MultipleChoice ? "multiple-choice" : "single-choice";
        List<AnswerCode> codes = new ArrayList<>();
        List<AnswerCode> missing = new ArrayList<>();
        message.options()
                .forEach(o -> (o.missing() ? missing : codes).add(new AnswerCode(o.value(), plain(o.label()))));
        questions.putIfAbsent(
                key(block.id().value(), variable),
                new CodebookQuestion(
                        block.id().value(),
                        variable,
                        type,
                        plain(message.text()),
                        codes,
                        missing,
                        message.disclosure()));
    }

    /** The codebook shows what participants read, never the content markup's marks. */
    static LocalizedText plain(LocalizedText text) {
        Map<Language, String> plain = new LinkedHashMap<>();
        text.asMap()
                .forEach((language, markup) -> plain.put(
                        language,
                        FormattedText.parse(markup, (code, why) -> {})
                                .map(FormattedText::plainText)
                                .orElse(markup)));
        return LocalizedText.of(plain);
    }

    private static String key(String block, String question) {
        return block + '\u0000' + question;
    }

    /** The study's languages, in order. */
    List<Language> languages() {
        return languages;
    }

    /** Every block of the study, in the study's order. */
    List<ContentBlock> blocks() {
        return List.copyOf(study.blocks().values());
    }

    /** Whether participants receive the block in the study's sequence. */
    boolean inSequence(ContentBlock block) {
        return study.plan().sequence().contains(block.id());
    }

    /** Every question, block by block. */
    List<CodebookQuestion> questions() {
        return List.copyOf(questions.values());
    }

    /** A question, if the codebook has it. */
    Optional<CodebookQuestion> question(String block, String question) {
        return Optional.ofNullable(questions.get(key(block, question)));
    }

    /** Every question with this variable, in any block. */
    List<CodebookQuestion> questionsNamed(String variable) {
        return questions.values().stream()
                .filter(q -> q.question().equals(variable))
                .toList();
    }

    /** Every answer code of coded questions that is not a "rather not answer" code, sorted. */
    List<String> answerCodes() {
        Set<String> out = new java.util.TreeSet<>();
        questions.values().stream()
                .filter(q -> !q.freeText())
                .forEach(q -> q.codes().forEach(c -> out.add(c.code())));
        return List.copyOf(out);
    }

    /** Every "rather not answer" code, sorted. */
    List<String> missingCodes() {
        Set<String> out = new java.util.TreeSet<>();
        questions.values().forEach(q -> q.missing().forEach(c -> out.add(c.code())));
        return List.copyOf(out);
    }

    String text(LocalizedText text, Language language) {
        return text.in(language).orElse("");
    }

    /** The codebook as Markdown, for people. */
    String markdown(String title) {
        StringBuilder md = new StringBuilder();
        md.append("# Codebook: ").append(title).append("\n\n");
        md.append("Each question has one row per participant and block in `answers.csv`. Codes listed as missing ")
                .append("mean \"I'd rather not answer\" and are read as missing values.\n");
        String current = null;
        for (CodebookQuestion q : questions.values()) {
            if (!q.block().equals(current)) {
                current = q.block();
                md.append("\n## Block `").append(current).append("`\n");
            }
            md.append("\n### `")
                    .append(q.question())
                    .append("` (")
                    .append(q.type())
                    .append(")\n\n");
            for (Language l : languages) {
                md.append("- ")
                        .append(l.tag())
                        .append(": ")
                        .append(mdEscape(text(q.text(), l)))
                        .append('\n');
            }
            if (!q.codes().isEmpty() || !q.missing().isEmpty()) {
                md.append("\n| code | missing |");
                languages.forEach(l -> md.append(' ').append(l.tag()).append(" |"));
                md.append("\n|---|---|");
                languages.forEach(l -> md.append("---|"));
                md.append('\n');
                for (AnswerCode c : q.codes()) {
                    row(md, c, false);
                }
                for (AnswerCode c : q.missing()) {
                    row(md, c, true);
                }
            }
        }
        return md.toString();
    }

    private void row(StringBuilder md, AnswerCode c, boolean missing) {
        md.append("| `")
                .append(c.code())
                .append("` | ")
                .append(missing ? "yes" : "no")
                .append(" |");
        languages.forEach(
                l -> md.append(' ').append(mdEscape(text(c.label(), l))).append(" |"));
        md.append('\n');
    }

    private static String mdEscape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }

    /** The codebook as one HTML page, for people; no scripts, no requests. */
    String html(String title) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(languages.get(0).tag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Codebook: ")
                .append(esc(title))
                .append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                        + "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;"
                        + "text-align:left}code{background:#f4f4f4}</style>\n</head>\n<body>\n<h1>Codebook: ")
                .append(esc(title))
                .append("</h1>\n");
        String current = null;
        for (CodebookQuestion q : questions.values()) {
            if (!q.block().equals(current)) {
                current = q.block();
                h.append("<h2>Block <code>").append(esc(current)).append("</code></h2>\n");
            }
            h.append("<h3><code>")
                    .append(esc(q.question()))
                    .append("</code> (")
                    .append(esc(q.type()))
                    .append(")</h3>\n<ul>\n");
            for (Language l : languages) {
                h.append("<li lang=\"")
                        .append(esc(l.tag()))
                        .append("\">")
                        .append(esc(text(q.text(), l)))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
            if (!q.codes().isEmpty() || !q.missing().isEmpty()) {
                h.append("<table>\n<tr><th>code</th><th>missing</th>");
                languages.forEach(l -> h.append("<th>").append(esc(l.tag())).append("</th>"));
                h.append("</tr>\n");
                List<AnswerCode> all = new ArrayList<>(q.codes());
                all.addAll(q.missing());
                for (AnswerCode c : all) {
                    h.append("<tr><td><code>")
                            .append(esc(c.code()))
                            .append("</code></td><td>")
                            .append(q.isMissing(c.code()) ? "yes" : "no")
                            .append("</td>");
                    languages.forEach(l ->
                            h.append("<td>").append(esc(text(c.label(), l))).append("</td>"));
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The codebook as JSON, for programs. */
    String json(String title) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", title);
        ArrayNode langs = root.putArray("languages");
        languages.forEach(l -> langs.add(l.tag()));
        ArrayNode list = root.putArray("questions");
        for (CodebookQuestion q : questions.values()) {
            ObjectNode node = list.addObject();
            node.put("block", q.block());
            node.put("variable", q.question());
            node.put("type", q.type());
            node.set("text", texts(q.text()));
            ArrayNode codes = node.putArray("codes");
            q.codes()
                    .forEach(c -> codes.addObject()
                            .put("code", c.code())
                            .put("missing", false)
                            .set("label", texts(c.label())));
            q.missing()
                    .forEach(c -> codes.addObject()
                            .put("code", c.code())
                            .put("missing", true)
                            .set("label", texts(c.label())));
        }
        return DocumentReader.standard().writeJson(root);
    }

    private ObjectNode texts(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Language l : new LinkedHashSet<>(languages)) {
            text.in(l).ifPresent(t -> node.put(l.tag(), t));
        }
        return node;
    }
}
