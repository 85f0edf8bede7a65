package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.CellDerivation;
import eu.coact.export.Indicator;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.CountTable;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.disclosure.SuppressedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts one indicator while the answers stream by: overall and per category of each breakdown,
 * how many answers are in the numerator and how many in the rest of the denominator. The
 * published tables come out of small-cell suppression.
 */
final class IndicatorTally {

    /** Where a breakdown's attribute sits in a participant's published values, and its categories. */
    record Breakdown(String attribute, int column, List<String> categories) {}

    /** The label of the row for everyone. */
    static final String ALL = "all";
    /** The label of a category for participants without a value. */
    static final String NOT_ANSWERED = "not answered";

    private final Indicator indicator;
    private final List<Breakdown> breakdowns;
    private final long[] overall = new long[2];
    private final List<Map<String, long[]>> byCategory = new ArrayList<>();

    IndicatorTally(Indicator indicator, List<Breakdown> breakdowns) {
        this.indicator = indicator;
        this.breakdowns = List.copyOf(breakdowns);
        for (Breakdown b : breakdowns) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            b.categories().forEach(c -> counts.put(label(c), new long[2]));
            byCategory.add(counts);
        }
    }

    Indicator indicator() {
        return indicator;
    }

    static String label(String category) {
        return category.isEmpty() ? NOT_ANSWERED : category;
    }

    /** Counts one final answer of a released participant with their published attribute values. */
    void count(String block, String question, String code, boolean missing, List<String> participant) {
        if (!indicator.denominator().matches(block, question, code, missing)) {
            return;
        }
        int part = indicator.numerator().matches(block, question, code, missing) ? 0 : 1;
        overall[part]++;
        for (int i = 0; i < breakdowns.size(); i++) {
            String category = label(participant.get(breakdowns.get(i).column()));
            byCategory.get(i).computeIfAbsent(category, c -> new long[2])[part]++;
        }
    }

    /** One published row: the numerator and denominator of a category, each shown or hidden. */
    record Row(String breakdown, String category, Cell numerator, Cell denominator) {

        /** The study's phrasing, e.g. "1 out of 2 participants"; empty when nobody is in the category. */
        String phrase(eu.coact.core.Language language, String unit) {
            if (denominator instanceof Cell.Shown d && d.count() == 0) {
                return "";
            }
            return eu.coact.export.indicator.OutOf.of(numerator, denominator).render(language, unit);
        }
    }

    /**
     * The published rows: first the overall row (breakdown {@link #ALL}), then each breakdown's
     * categories, each table protected by small-cell and complementary suppression.
     */
    List<Row> rows(SmallCellSuppression rule) {
        List<String> columns = List.of("numerator", "rest");
        List<Row> rows = new ArrayList<>();
        boolean hideOverall = false;
        for (int i = 0; i < breakdowns.size(); i++) {
            Map<String, long[]> counts = byCategory.get(i);
            if (counts.isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>(counts.keySet());
            long[][] cells = counts.values().stream().map(long[]::clone).toArray(long[][]::new);
            SuppressedTable table = rule.apply(CountTable.of(labels, columns, cells));
            for (int r = 0; r < labels.size(); r++) {
                rows.add(new Row(breakdowns.get(i).attribute(), labels.get(r), table.cell(r, 0), table.rowTotal(r)));
            }
            // The overall row repeats this table's totals: if it hides one, the overall row must not show it.
            hideOverall |= !table.columnTotal(0).isShown()
                    || !table.columnTotal(1).isShown()
                    || !table.grandTotal().isShown();
        }
        SuppressedTable all = rule.apply(CountTable.of(List.of(ALL), columns, new long[][] {overall.clone()}));
        Row overallRow = new Row(ALL, ALL, all.cell(0, 0), all.rowTotal(0));
        if (hideOverall
                || !all.cell(0, 0).isShown()
                || !all.cell(0, 1).isShown()
                || !all.rowTotal(0).isShown()) {
            // Hiding one entry of a single row while showing its total would give it away: hide the whole row.
            Cell hidden = new Cell.Hidden(Cell.Suppression.COMPLEMENTARY);
            overallRow = new Row(
                    ALL,
                    ALL,
                    all.cell(0, 0).isShown() ? hidden : all.cell(0, 0),
                    all.rowTotal(0).isShown() ? hidden : all.rowTotal(0));
        }
        rows.add(0, overallRow);
        return closeLeaks(rows);
    }

    /**
     * Hides further entries until no hidden one follows from the sums the published table implies
     * (each breakdown's rows add up to the overall row; a denominator is its numerator plus an
     * unpublished rest), checked exactly with {@link CellDerivation}, as an auditor would.
     */
    private static List<Row> closeLeaks(List<Row> rows) {
        List<Cell[]> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(new Cell[] {r.numerator(), r.denominator()}));
        while (true) {
            List<CellDerivation.Sum> sums = new ArrayList<>();
            Set<String> hidden = new HashSet<>();
            Map<String, List<String>> numerators = new LinkedHashMap<>();
            Map<String, List<String>> denominators = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                String n = i + "/n";
                String d = i + "/d";
                hidden.add(i + "/rest");
                if (!cells.get(i)[0].isShown()) {
                    hidden.add(n);
                }
                if (!cells.get(i)[1].isShown()) {
                    hidden.add(d);
                }
                sums.add(CellDerivation.Sum.of(d, List.of(n, i + "/rest")));
                if (!rows.get(i).breakdown().equals(ALL)) {
                    numerators
                            .computeIfAbsent(rows.get(i).breakdown(), b -> new ArrayList<>())
                            .add(n);
                    denominators
                            .computeIfAbsent(rows.get(i).breakdown(), b -> new ArrayList<>())
                            .add(d);
                }
            }
            numerators.values().forEach(parts -> sums.add(CellDerivation.Sum.of("0/n", parts)));
            denominators.values().forEach(parts -> sums.add(CellDerivation.Sum.of("0/d", parts)));
            java.util.SortedSet<String> leaking = CellDerivation.derivable(sums, hidden);
            leaking.removeIf(name -> name.endsWith("/rest"));
            if (leaking.isEmpty()) {
                break;
            }
            String leak = leaking.first();
            String choice = null;
            long best = Long.MAX_VALUE;
            for (CellDerivation.Sum sum : sums) {
                List<String> members = new ArrayList<>(sum.parts());
                members.add(sum.total());
                if (!members.contains(leak)) {
                    continue;
                }
                for (String m : members) {
                    if (m.endsWith("/rest") || hidden.contains(m)) {
                        continue;
                    }
                    Cell c = cells.get(Integer.parseInt(m.substring(0, m.indexOf('/'))))[m.endsWith("/n") ? 0 : 1];
                    long count = ((Cell.Shown) c).count();
                    long rank = count == 0 ? Long.MAX_VALUE - 1 : count;
                    if (choice == null || rank < best) {
                        choice = m;
                        best = rank;
                    }
                }
            }
            if (choice == null) {
                throw new IllegalStateException("no entry left to hide beside " + leak);
            }
            int row = Integer.parseInt(choice.substring(0, choice.indexOf('/')));
            cells.get(row)[choice.endsWith("/n") ? 0 : 1] = new Cell.Hidden(Cell.Suppression.COMPLEMENTARY);
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Row(r.breakdown(), r.category(), cells.get(i)[0], cells.get(i)[1]));
        }
        return out;
    }
}
