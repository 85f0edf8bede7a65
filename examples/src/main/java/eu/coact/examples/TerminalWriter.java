package eu.coact.examples;

import eu.coact.core.problem.ControlCharacters;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer for what the launcher shows a person: every control character that does not end a
 * line or indent it — terminal escape sequences, carriage returns, bidirectional overrides — is
 * written visibly escaped ({@link ControlCharacters}), whatever text a study, a consent document
 * or a participant put in it. Lines end with a line feed on every platform. Only the launcher's
 * own progress bar may return to the start of a line, through {@link #carriageReturn(PrintWriter)}.
 */
final class TerminalWriter extends PrintWriter {

    private final PrintWriter target;

    private TerminalWriter(PrintWriter target) {
        super(new Escaping(target), true);
        this.target = target;
    }

    /** The writer escaping what is written to {@code target}; the same writer if it already escapes. */
    static PrintWriter escaping(PrintWriter target) {
        return target instanceof TerminalWriter ? target : new TerminalWriter(target);
    }

    /** Returns to the start of the current line so that it can be redrawn (a progress bar). */
    static void carriageReturn(PrintWriter writer) {
        writer.flush();
        if (writer instanceof TerminalWriter terminal) {
            terminal.target.write('\r');
            terminal.target.flush();
        } else {
            writer.write('\r');
        }
    }

    @Override
    public void println() {
        write('\n');
        flush();
    }

    /** Escapes everything unsafe except line feeds and tabs on its way to the target. */
    private static final class Escaping extends FilterWriter {

        Escaping(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(ControlCharacters.escapeKeepingLines(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(ControlCharacters.escapeKeepingLines(new String(buffer, offset, length)));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(ControlCharacters.escapeKeepingLines(text.substring(offset, offset + length)));
        }
    }
}
