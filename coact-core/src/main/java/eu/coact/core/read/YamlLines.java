package eu.coact.core.read;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import java.util.Optional;

/**
 * Refuses YAML with a line longer than the longest text allowed, before the YAML parser sees it.
 * The parser's work on one line grows with the square of the line's length (it re-copies its
 * look-ahead window while it scans a token, a comment or a line of a block text), so a single
 * line of a few megabytes would take a minute; bounding lines keeps parsing linear in the size
 * of the document.
 */
final class YamlLines {

    private YamlLines() {}

    /**
     * The first line longer than {@code maxCharacters}, as a problem; characters are counted as
     * UTF-8 sequences (continuation bytes are not counted), lines end at LF or CR.
     */
    static Optional<Problem> longestLine(String source, byte[] bytes, int offset, int maxCharacters) {
        int line = 1;
        int length = 0;
        for (int i = offset; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                line++;
                length = 0;
            } else if ((b & 0xC0) != 0x80 && ++length > maxCharacters) {
                return Optional.of(Problem.error(
                        "limit-exceeded",
                        "Line " + line + " is longer than " + maxCharacters
                                + " characters; break it (a YAML text may run over several lines).",
                        Location.of(source, "", line, maxCharacters + 1)));
            }
        }
        return Optional.empty();
    }
}
