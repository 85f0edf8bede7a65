package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.core.problem.Validated;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.TimeGrain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The person-level view a release controls, filled while the journal is read: per candidate
 * participant, the published profile attributes and the set of (coarsened) times of the answers
 * that {@code answers.csv} will carry — the pattern of those times is a quasi-identifier too,
 * since someone who knows when a friend used the bot can look for it.
 */
final class PersonView {

    /** The name of the derived column holding a participant's pattern of answer times. */
    static final String ANSWER_TIMES = "answer_times";
    /** The pattern of a participant without published answer times. */
    static final String NO_TIMES = "-";

    private final ReleaseConfig config;
    private final boolean timed;
    private final String[][] attributes;
    private final List<TreeSet<String>> times;
    private final CoarseTimes coarse;
    /** Per candidate, the day of the answer time last recorded: a participant's answers come in runs on one day. */
    private final long[] lastDay;

    PersonView(ReleaseConfig config, int candidates) {
        this.config = config;
        this.timed = config.answeredAt() != TimeGrain.NONE;
        this.attributes = new String[candidates][];
        this.times = new ArrayList<>(java.util.Collections.nCopies(timed ? candidates : 0, (TreeSet<String>) null));
        this.coarse = new CoarseTimes(config.answeredAt());
        this.lastDay = new long[timed ? candidates : 0];
        Arrays.fill(lastDay, Long.MIN_VALUE);
    }

    /** Records a profile answer of a candidate, in configured attribute order. */
    void attribute(int candidate, int column, String value) {
        if (attributes[candidate] == null) {
            attributes[candidate] = new String[config.attributes().size()];
            Arrays.fill(attributes[candidate], "");
        }
        attributes[candidate][column] = value;
    }

    /** Records the time of an answer that {@code answers.csv} will carry. */
    void answeredAt(int candidate, long epochSecond) {
        if (!timed) {
            return;
        }
        long day = CoarseTimes.day(epochSecond);
        if (lastDay[candidate] == day) {
            // Same day, same coarsened time: already in the set.
            return;
        }
        lastDay[candidate] = day;
        String at = coarse.of(epochSecond);
        TreeSet<String> set = times.get(candidate);
        if (set == null) {
            set = new TreeSet<>();
            times.set(candidate, set);
        }
        set.add(at);
    }

    /** The derived quasi-identifiers with their hierarchies: the pattern of answer times, kept or dropped. */
    Map<String, Hierarchy> derived() {
        if (!timed || times.isEmpty()) {
            return Map.of();
        }
        TreeSet<String> patterns = new TreeSet<>();
        for (int i = 0; i < times.size(); i++) {
            patterns.add(pattern(i));
        }
        List<List<String>> rows = new ArrayList<>();
        patterns.forEach(p -> rows.add(List.of(p, "*")));
        Validated<Hierarchy> hierarchy = Hierarchy.of(ANSWER_TIMES, rows);
        Map<String, Hierarchy> derived = new LinkedHashMap<>();
        derived.put(
                ANSWER_TIMES,
                hierarchy
                        .asOptional()
                        .orElseThrow(() -> new IllegalStateException("the answer-time patterns form no hierarchy: "
                                + hierarchy.problems().render())));
        return derived;
    }

    private String pattern(int candidate) {
        TreeSet<String> set = times.get(candidate);
        return set == null || set.isEmpty() ? NO_TIMES : String.join(";", set);
    }

    /** The rows of the view, in {@link ParticipantsGate#columns} order. */
    List<List<String>> rows() {
        int quasi = config.quasiIdentifiers().size();
        List<List<String>> rows = new ArrayList<>(attributes.length);
        for (int i = 0; i < attributes.length; i++) {
            List<String> row = new ArrayList<>(config.attributes().size() + 1);
            for (int c = 0; c < config.attributes().size(); c++) {
                if (c == quasi && timed) {
                    row.add(pattern(i));
                }
                row.add(attributes[i] == null ? "" : attributes[i][c]);
            }
            if (timed && quasi == config.attributes().size()) {
                row.add(pattern(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The published attributes of a released row, without the derived columns, in configured order. */
    List<String> published(List<String> viewRow) {
        if (!timed) {
            return viewRow;
        }
        List<String> out = new ArrayList<>(viewRow);
        out.remove(config.quasiIdentifiers().size());
        return List.copyOf(out);
    }
}
