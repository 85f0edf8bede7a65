package eu.coact.anonymise.scrub.internal;

import java.util.List;

/** Finds candidate identifiers of one family in a text; overlaps are settled afterwards. */
interface Detector {

    /**
     * Adds every candidate found to {@code out}.
     *
     * @param text the text
     * @param out  where to add spans
     */
    void find(String text, List<Span> out);
}
