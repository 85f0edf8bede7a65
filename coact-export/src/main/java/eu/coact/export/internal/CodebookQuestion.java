package eu.coact.export.internal;

import eu.coact.content.AnswerCode;
import eu.coact.content.DisclosureRole;
import eu.coact.core.LocalizedText;
import java.util.List;

/**
 * One question of the codebook: its block, its variable, how it is answered, its text, its
 * answer codes and its "rather not answer" codes.
 */
record CodebookQuestion(
        String block,
        String question,
        String type,
        LocalizedText text,
        List<AnswerCode> codes,
        List<AnswerCode> missing,
        DisclosureRole disclosure) {

    CodebookQuestion {
        codes = List.copyOf(codes);
        missing = List.copyOf(missing);
    }

    /** Whether the answer is published only through the privacy models, or never (not in answers.csv). */
    boolean controlled() {
        return disclosure.controlled();
    }

    boolean freeText() {
        return type.equals("free-text");
    }

    /** Whether a value is one of the "rather not answer" codes (asked once per published answer). */
    boolean isMissing(String code) {
        for (AnswerCode m : missing) {
            if (m.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
