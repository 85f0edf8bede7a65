package eu.coact.consent.internal;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.util.List;

/**
 * A Markdown consent document cut in two: the YAML front matter between its {@code ---} lines,
 * and the consent text after them exactly as written.
 *
 * @param yaml the front matter's lines, without the fences; never blank
 * @param body the text after the closing fence, line endings included
 */
record FrontMatter(String yaml, String body) {

    /** The lines above the front matter's first field (the opening fence), by which its fields' lines shift. */
    static final int LINE_OFFSET = 1;

    /** Cuts {@code text} at its front matter; {@code source} names it in problems. */
    static Validated<FrontMatter> split(String source, String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-missing",
                    "a Markdown consent document starts with a YAML front matter: a line '---', the fields "
                            + "(id, version, language, role, effective, purposes), and another line '---'",
                    Location.of(source, "", 1, 1)));
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-unclosed",
                    "the YAML front matter is never closed: add a line '---' between the fields and the text",
                    Location.of(source, "", 1, 1)));
        }
        String frontMatter = String.join("\n", lines.subList(1, close)) + "\n";
        String body = bodyAfterLine(text, close);
        if (frontMatter.isBlank()) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-empty",
                    "the YAML front matter is empty: it needs id, version, language, role, effective and purposes",
                    Location.of(source, "", 1, 1)));
        }
        return Validated.valid(new FrontMatter(frontMatter, body));
    }

    /** The text after line {@code index} (0-based), exactly as written, line endings included. */
    private static String bodyAfterLine(String content, int index) {
        int at = 0;
        for (int line = 0; line <= index; line++) {
            int lf = content.indexOf('\n', at);
            if (lf < 0) {
                return "";
            }
            at = lf + 1;
        }
        return content.substring(at);
    }
}
