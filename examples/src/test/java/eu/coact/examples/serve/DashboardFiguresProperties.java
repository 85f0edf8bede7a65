package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.problem.Validated;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.disclosure.SuppressedTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The weekly figures against counts made independently from the same random events: every shown
 * count is the true one, every count from 1 to the threshold minus one is hidden, and no row or
 * column of a table (totals included) has exactly one hidden entry, which could be worked out.
 */
class DashboardFiguresProperties {

    /** Monday 2 March 2026, the first day of 2026-W10. */
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

    private static final List<String> TYPES = List.of(
            ConversationEvents.ANSWERED,
            ConversationEvents.DELIVERY_FAILED,
            ConversationEvents.BLOCK_STARTED,
            ConversationEvents.BLOCK_COMPLETED);

    /**
     * A random fact.
     *
     * @param day   days after the first Monday
     * @param type  the event type
     * @param block the block, for block events
     */
    record Fact(int day, String type, String block) {}

    @Provide
    Arbitrary<List<Fact>> facts() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.of(TYPES),
                        Arbitraries.of("story-a", "story-b", "story-c"))
                .as(Fact::new)
                .list()
                .ofMaxSize(120);
    }

    @Property(tries = 60)
    void weeklyCountsAreTrueOrHiddenAndNoHiddenCountStandsAloneInALine(
            @ForAll("facts") List<Fact> facts, @ForAll @IntRange(min = 2, max = 6) int threshold) {
        InMemoryJournal journal = new InMemoryJournal();
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparingInt(Fact::day));
        int n = 0;
        for (Fact fact : ordered) {
            Instant at = FIRST.plusDays(fact.day())
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()
                    .plusSeconds(n);
            byte[] payload = ("{\"block\":\"" + fact.block() + "\"}").getBytes(StandardCharsets.UTF_8);
            journal.append(
                    JournalEvent.about(Pseudonym.of(String.format("participant-%08d", n++)), at, fact.type(), payload));
        }
        DashboardFigures figures =
                new DashboardFigures(journal, ledger(journal), SmallCellSuppression.withThreshold(threshold));

        for (int w = 0; w < 3; w++) {
            StudyWeek week = StudyWeek.of(FIRST.plusWeeks(w));
            SuppressedTable answers = figures.answersPerDay(week);
            SuppressedTable failures = figures.failuresPerDay(week);
            for (int d = 0; d < 7; d++) {
                int day = w * 7 + d;
                assertCount(
                        answers.cell(d, 0),
                        count(ordered, f -> f.day() == day, ConversationEvents.ANSWERED, null),
                        threshold);
                assertCount(
                        failures.cell(d, 0),
                        count(ordered, f -> f.day() == day, ConversationEvents.DELIVERY_FAILED, null),
                        threshold);
            }
            assertNoLoneHiddenEntry(answers);
            assertNoLoneHiddenEntry(failures);

            SuppressedTable blocks = figures.blocksIn(week);
            int end = w * 7 + 6;
            int from = w * 7;
            for (int r = 0;
                    r < blocks.rowLabels().size() && !blocks.rowLabels().get(r).equals("none yet");
                    r++) {
                String block = blocks.rowLabels().get(r);
                long startedIn =
                        count(ordered, f -> f.day() >= from && f.day() <= end, ConversationEvents.BLOCK_STARTED, block);
                long completedIn = count(
                        ordered, f -> f.day() >= from && f.day() <= end, ConversationEvents.BLOCK_COMPLETED, block);
                long open = Math.max(
                        0,
                        count(ordered, f -> f.day() <= end, ConversationEvents.BLOCK_STARTED, block)
                                - count(ordered, f -> f.day() <= end, ConversationEvents.BLOCK_COMPLETED, block));
                assertCount(blocks.cell(r, 0), startedIn, threshold);
                assertCount(blocks.cell(r, 1), completedIn, threshold);
                assertCount(blocks.cell(r, 2), open, threshold);
            }
            assertNoLoneHiddenEntry(blocks);
        }
    }

    private static long count(List<Fact> facts, java.util.function.Predicate<Fact> when, String type, String block) {
        return facts.stream()
                .filter(when)
                .filter(f ->
                        f.type().equals(type) && (block == null || f.block().equals(block)))
                .count();
    }

    private static void assertCount(Cell cell, long truth, int threshold) {
        if (truth > 0 && truth < threshold) {
            assertThat(cell.isShown()).as("a count of " + truth + " is hidden").isFalse();
        }
        if (cell instanceof Cell.Shown shown) {
            assertThat(shown.count()).isEqualTo(truth);
        }
    }

    private static void assertNoLoneHiddenEntry(SuppressedTable table) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        for (int r = 0; r < rows; r++) {
            int hidden = table.rowTotal(r).isShown() ? 0 : 1;
            for (int c = 0; c < columns; c++) {
                hidden += table.cell(r, c).isShown() ? 0 : 1;
            }
            assertThat(hidden).as("hidden entries in row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < columns; c++) {
            int hidden = table.columnTotal(c).isShown() ? 0 : 1;
            for (int r = 0; r < rows; r++) {
                hidden += table.cell(r, c).isShown() ? 0 : 1;
            }
            assertThat(hidden).as("hidden entries in column " + c).isNotEqualTo(1);
        }
    }

    private static ConsentLedger ledger(InMemoryJournal journal) {
        Validated<ConsentPolicy> policy =
                ConsentPolicy.load(Path.of("studies", "coact-mental-health", "consent-policy.yaml"));
        return ConsentLedger.open(journal, ((Validated.Valid<ConsentPolicy>) policy).value());
    }
}
