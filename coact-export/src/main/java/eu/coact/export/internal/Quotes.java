package eu.coact.export.internal;

import eu.coact.anonymise.scrub.Scrubber;
import eu.coact.core.csv.CsvWriter;
import eu.coact.export.QuoteRules;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quotes of a release: every free-text answer a participant allowed to be quoted, scrubbed
 * with the standard detectors and the release's gazetteer, known by a {@link QuoteIds quote id}.
 * All of them go to the team's review file (outside the package); only the approved ones into
 * {@code quotes.csv}. Quotes are kept in id order, which says nothing about who wrote them.
 */
final class Quotes {

    /** The file, in the folder not for deposit, that lists every quote for the team to read. */
    static final String REVIEW_FILE = "quotes-to-review.csv";

    private record Quote(String block, String question, String text) {}

    private final Scrubber scrubber;
    private final QuoteRules rules;
    private final Map<String, Quote> byId = new TreeMap<>();

    Quotes(QuoteRules rules) {
        this.rules = rules;
        this.scrubber = Scrubber.with(rules.gazetteer());
    }

    void add(String block, String question, String text) {
        String scrubbed = scrubber.scrub(text).text();
        byId.putIfAbsent(QuoteIds.of(block, question, scrubbed), new Quote(block, question, scrubbed));
    }

    /** Writes the approved quotes; returns how many. */
    long writeApproved(OutputStream out, List<String> header) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, header)) {
            for (Map.Entry<String, Quote> e : byId.entrySet()) {
                if (rules.isApproved(e.getKey())) {
                    Quote q = e.getValue();
                    csv.writeRow(e.getKey(), q.block(), q.question(), q.text());
                }
            }
            return csv.rowsWritten();
        }
    }

    /** Writes every quote with whether it is approved, for the team to read. */
    void writeReview(OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, List.of("quote", "block", "question", "approved", "text"))) {
            for (Map.Entry<String, Quote> e : byId.entrySet()) {
                Quote q = e.getValue();
                csv.writeRow(
                        e.getKey(), q.block(), q.question(), Boolean.toString(rules.isApproved(e.getKey())), q.text());
            }
        }
    }
}
