package eu.coact.content.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups of answer values that differ only by case or accents ("Sí", "si"), and within each
 * group the spelling most uses agree on: the authoring rules warn about the others, the legacy
 * import also rewrites them to it. One rule, so that a study and its import agree on which
 * spelling is the usual one.
 */
public final class Spellings {

    private Spellings() {}

    /** What a use that departs from its group's usual spelling is told. */
    @FunctionalInterface
    public interface Departure<U> {
        /**
         * Called once per use whose value is not the usual spelling of its group.
         *
         * @param use        the departing use
         * @param usual      the group's usual spelling (the most used; the first seen on a tie)
         * @param usualCount how many uses spell it so
         */
        void depart(U use, String usual, int usualCount);
    }

    /**
     * Finds, in each group with more than one spelling, the uses that depart from the usual one.
     *
     * @param groups the uses, grouped by their folded value
     * @param value  a use's value as written
     * @param action what to do with each departing use
     * @param <U>    the kind of use
     */
    public static <U> void forEachDeparture(
            Collection<List<U>> groups, Function<U, String> value, Departure<U> action) {
        for (List<U> uses : groups) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            uses.forEach(u -> counts.merge(value.apply(u), 1, Integer::sum));
            if (counts.size() < 2) {
                continue;
            }
            String usual = counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            for (U use : uses) {
                if (!value.apply(use).equals(usual)) {
                    action.depart(use, usual, counts.get(usual));
                }
            }
        }
    }
}
