package eu.coact.consent;

import eu.coact.core.PurposeId;
import java.util.Objects;

/**
 * Something a participant's data may be used for, granted or refused on its own.
 *
 * @param id        the purpose's name, e.g. {@code publish-open-data}
 * @param mandatory true when taking part is impossible without it (e.g. receiving microstories);
 *                  a consent document may still list it as optional for its own role
 */
public record Purpose(PurposeId id, boolean mandatory) {

    /** Receive content and answer it. */
    public static final Purpose TAKE_PART = new Purpose(PurposeId.of("take-part"), true);
    /** Process one's answers for the research. */
    public static final Purpose PROCESS_ANSWERS = new Purpose(PurposeId.of("process-answers"), true);
    /** Publish one's answers, anonymised, as open data. */
    public static final Purpose PUBLISH_OPEN_DATA = new Purpose(PurposeId.of("publish-open-data"), false);
    /** Quote one's free text in publications. */
    public static final Purpose QUOTE_FREE_TEXT = new Purpose(PurposeId.of("quote-free-text"), false);
    /** Be contacted again about future studies. */
    public static final Purpose RECONTACT = new Purpose(PurposeId.of("recontact"), false);

    /** Checks the parts. */
    public Purpose {
        Objects.requireNonNull(id, "id");
    }

    /** A purpose that a participant may refuse and still take part. */
    public static Purpose optional(String id) {
        return new Purpose(PurposeId.of(id), false);
    }

    /** A purpose without which a participant cannot take part. */
    public static Purpose mandatory(String id) {
        return new Purpose(PurposeId.of(id), true);
    }
}
