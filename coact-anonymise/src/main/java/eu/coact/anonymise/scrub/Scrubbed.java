package eu.coact.anonymise.scrub;

import java.util.Objects;

/**
 * A text after scrubbing, with the report of what was replaced.
 *
 * @param text   the text with every identifier found replaced by its token, e.g. {@code [PHONE]}
 * @param report counts by kind; never the original values
 */
public record Scrubbed(String text, ScrubReport report) {

    /** Requires both parts. */
    public Scrubbed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
    }
}
