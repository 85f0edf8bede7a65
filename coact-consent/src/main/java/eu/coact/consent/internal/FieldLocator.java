package eu.coact.consent.internal;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.SourceDocument;

/**
 * Places a consent document's field in the file the author wrote: the fields of a Markdown
 * document are parsed from its front matter alone, so their lines are shifted by the lines above
 * it ({@code lineOffset}); a YAML or JSON document has no offset.
 */
record FieldLocator(SourceDocument doc, int lineOffset) {

    /** An error at the field {@code pointer} of the document, on the line the author sees. */
    Problem error(String pointer, String code, String message) {
        return Problem.error(code, message, shift(doc.locate(pointer), lineOffset));
    }

    static Location shift(Location location, int lineOffset) {
        if (lineOffset == 0 || location.lineNumber().isEmpty()) {
            return location;
        }
        return Location.of(location.source(), location.path(), location.line() + lineOffset, location.column());
    }

    static Problems shift(Problems problems, int lineOffset) {
        return Problems.of(problems.stream()
                .map(p -> new Problem(p.severity(), p.code(), p.message(), shift(p.location(), lineOffset)))
                .toList());
    }
}
