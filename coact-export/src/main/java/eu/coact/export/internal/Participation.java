package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.CellDerivation;
import eu.coact.export.ExclusionReason;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every count of participants a release publishes — the consent summary, the participation
 * funnel and "left out by disclosure control" — as one table that passes one suppression: each
 * small count is hidden, and further counts are hidden until no hidden count can be worked out
 * by adding and subtracting published ones ({@link CellDerivation}). The package and the report
 * show these cells and no others, so they cannot be combined to reveal more.
 *
 * <p>The counts add up as published in {@code consent-summary.csv} (column {@code part_of}):
 * {@code joined} = {@code consented} + {@code never-consented} + {@code declined} + {@code erased};
 * {@code consented} = {@code included} + {@code disclosure-suppressed} + {@code publication-refused}
 * + {@code withdrawn}. {@code included} is always shown: it is the number of rows of
 * {@code participants.csv}. {@code profile-completed} and {@code stories-answered} are stages of
 * the funnel among the consented, parts of no sum.
 *
 * @param rows the published rows in order: status, count as published, the status it is part of ("" for none)
 */
record Participation(List<Row> rows) {

    /** One published count. */
    record Row(String status, Cell count, String partOf) {}

    static final String JOINED = "joined";
    static final String CONSENTED = "consented";
    static final String INCLUDED = "included";
    static final String PROFILE_COMPLETED = "profile-completed";
    static final String STORIES_ANSWERED = "stories-answered";

    Participation {
        rows = List.copyOf(rows);
    }

    /**
     * Suppresses the participation counts.
     *
     * @param included the participants in the release
     * @param excluded the participants left out, by reason
     * @param funnel   the funnel stages among the consented
     * @param rule     the small-cell rule
     * @return the counts as published
     */
    static Participation of(
            long included, Map<ExclusionReason, Long> excluded, ReleaseRun.Funnel funnel, SmallCellSuppression rule) {
        Map<String, Long> exact = new LinkedHashMap<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        long consented = included;
        exact.put(INCLUDED, included);
        partOf.put(INCLUDED, CONSENTED);
        for (ExclusionReason reason : List.of(
                ExclusionReason.DISCLOSURE_SUPPRESSED,
                ExclusionReason.PUBLICATION_REFUSED,
                ExclusionReason.WITHDRAWN)) {
            long n = excluded.getOrDefault(reason, 0L);
            exact.put(reason.code(), n);
            partOf.put(reason.code(), CONSENTED);
            consented += n;
        }
        exact.put(CONSENTED, consented);
        partOf.put(CONSENTED, JOINED);
        long joined = consented;
        for (ExclusionReason reason :
                List.of(ExclusionReason.NEVER_CONSENTED, ExclusionReason.DECLINED, ExclusionReason.ERASED)) {
            long n = excluded.getOrDefault(reason, 0L);
            exact.put(reason.code(), n);
            partOf.put(reason.code(), JOINED);
            joined += n;
        }
        exact.put(JOINED, joined);
        partOf.put(JOINED, "");
        exact.put(PROFILE_COMPLETED, Math.min(funnel.profileCompleted(), consented));
        partOf.put(PROFILE_COMPLETED, "");
        exact.put(STORIES_ANSWERED, Math.min(funnel.storiesAnswered(), consented));
        partOf.put(STORIES_ANSWERED, "");

        List<CellDerivation.Sum> sums = sums(partOf);
        Set<String> primary = new HashSet<>();
        exact.forEach((status, n) -> {
            if (!status.equals(INCLUDED) && rule.isSmall(n)) {
                primary.add(status);
            }
        });
        Set<String> hidden = new HashSet<>(primary);
        // Hide one more count of a sum that gives a hidden count away, until none does; each round
        // hides one more count, so this ends.
        while (true) {
            java.util.SortedSet<String> leaking = CellDerivation.derivable(sums, hidden);
            if (leaking.isEmpty()) {
                break;
            }
            String leak = leaking.first();
            String complement = null;
            for (CellDerivation.Sum sum : sums) {
                List<String> members = new ArrayList<>(sum.parts());
                members.add(sum.total());
                if (!members.contains(leak)) {
                    continue;
                }
                for (String m : members) {
                    if (!hidden.contains(m)
                            && !m.equals(INCLUDED)
                            && (complement == null || better(exact.get(m), exact.get(complement)))) {
                        complement = m;
                    }
                }
            }
            if (complement == null) {
                throw new IllegalStateException("no count left to hide beside '" + leak + "'");
            }
            hidden.add(complement);
        }
        List<Row> rows = new ArrayList<>();
        exact.forEach((status, n) -> rows.add(new Row(
                status,
                !hidden.contains(status)
                        ? Cell.shown(n)
                        : new Cell.Hidden(
                                primary.contains(status)
                                        ? Cell.Suppression.SMALL_COUNT
                                        : Cell.Suppression.COMPLEMENTARY),
                partOf.get(status))));
        return new Participation(rows);
    }

    /** The smallest count that is not zero is the cheapest complement (a zero protects nothing). */
    private static boolean better(long candidate, long current) {
        if ((candidate == 0) != (current == 0)) {
            return current == 0;
        }
        return candidate < current;
    }

    /** The sums the rows declare with their {@code part_of} column. */
    static List<CellDerivation.Sum> sums(Map<String, String> partOf) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        partOf.forEach((status, parent) -> {
            if (!parent.isEmpty()) {
                parts.computeIfAbsent(parent, p -> new ArrayList<>()).add(status);
            }
        });
        List<CellDerivation.Sum> sums = new ArrayList<>();
        parts.forEach((total, members) -> sums.add(CellDerivation.Sum.of(total, members)));
        return sums;
    }

    /** The published count of a status. */
    Cell count(String status) {
        return rows.stream()
                .filter(r -> r.status().equals(status))
                .map(Row::count)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no status " + status));
    }
}
