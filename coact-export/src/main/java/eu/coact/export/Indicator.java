package eu.coact.export;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate the study reports, declared as data: how many of the answers in the denominator
 * are also in the numerator ("1 out of 2 participants has had the same experience"), overall
 * and broken down by participant attributes such as gender or age band. Every table it gives is
 * published only after small-cell suppression.
 *
 * @param id          a short name, used for the file {@code indicator-<id>.csv}
 * @param title       what it says, e.g. "Has had the same experience"
 * @param unit        the plural noun of the phrase, e.g. "participants"
 * @param numerator   the answers counted
 * @param denominator the answers counted against; every numerator answer must be one of them
 * @param breakdowns  participant attributes to break it down by, e.g. {@code gender}
 */
public record Indicator(
        String id,
        String title,
        String unit,
        AnswerFilter numerator,
        AnswerFilter denominator,
        List<String> breakdowns) {

    /** Checks presence and copies the list. */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        breakdowns = List.copyOf(breakdowns);
    }
}
