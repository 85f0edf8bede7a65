package eu.coact.examples;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A plain-text progress bar on the error stream. On a terminal it redraws one line; when the
 * output goes to a file or a pipe it writes a new line every tenth of the way, so logs stay readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean redraw;
    private final String label;
    private int lastShown = -1;

    ProgressBar(PrintWriter err, boolean redraw, String label) {
        this.err = err;
        this.redraw = redraw;
        this.label = label;
    }

    /** Shows how far along the work is, with a short note of what it is doing. */
    void show(double fraction, String note) {
        double clamped = Math.max(0, Math.min(1, fraction));
        int percent = (int) Math.floor(clamped * 100);
        if (redraw) {
            int filled = (int) Math.round(clamped * WIDTH);
            TerminalWriter.carriageReturn(err);
            err.print(label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", percent) + "  " + note + "   ");
            err.flush();
        } else if (percent / 10 > lastShown / 10 || lastShown < 0) {
            err.println(label + " " + String.format(Locale.ROOT, "%3d%%", percent) + "  " + note);
            err.flush();
        }
        lastShown = percent;
    }

    /** Ends the bar's line. */
    void done(String note) {
        show(1, note);
        if (redraw) {
            err.println();
        }
        err.flush();
    }
}
