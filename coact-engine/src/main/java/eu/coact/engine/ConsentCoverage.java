package eu.coact.engine;

import eu.coact.consent.ConsentDocument;
import eu.coact.content.Study;
import eu.coact.core.Language;
import java.util.ArrayList;
import java.util.List;

/** Checks, before an engine starts, that every participant can be shown a consent document they may accept. */
final class ConsentCoverage {

    private ConsentCoverage() {}

    /**
     * What is missing: a study language without a document, or a document the ledger has not published.
     *
     * @param study   the study
     * @param consent the binding to the ledger
     * @return one sentence per gap; empty when every study language is covered
     */
    static List<String> missing(Study study, LedgerConsent consent) {
        List<String> missing = new ArrayList<>();
        for (ConsentDocument document : consent.documents()) {
            if (!consent.ledger().isPublished(document.reference())) {
                missing.add("the document '" + document.id() + "' version " + document.version() + " in "
                        + document.language().tag() + " is not published in the ledger");
            }
        }
        for (Language language : study.plan().languages()) {
            boolean covered =
                    consent.documents().stream().anyMatch(d -> d.language().equals(language));
            if (!covered) {
                missing.add("no consent document in " + language.tag() + ", a language of the study");
            }
        }
        return missing;
    }
}
