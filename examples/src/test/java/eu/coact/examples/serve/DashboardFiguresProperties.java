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

    /** The example study, read once: its consent policy and documents. */
    private static final eu.coact.examples.study.StudyCheck STUDY =
            eu.coact.examples.study.StudyCheck.of(Path.of("studies", "coact-mental-health"), false);

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

    /**
     * A participant's way through the lifecycle: first contact, then (maybe) shown the document,
     * then (maybe) declining, each on a day.
     *
     * @param days  the days of the steps taken, ascending, one to three
     */
    record Lifecycle(List<Integer> days) {}

    @Provide
    Arbitrary<List<Lifecycle>> lifecycles() {
        return Arbitraries.integers()
                .between(0, 24)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(days -> new Lifecycle(days.stream().sorted().toList()))
                .list()
                .ofMaxSize(40);
    }

    @Property(tries = 40)
    void consentStatesPerWeekAreTheLedgersAtEachWeeksEndOrHidden(
            @ForAll("lifecycles") List<Lifecycle> people, @ForAll @IntRange(min = 2, max = 6) int threshold) {
        InMemoryJournal journal = new InMemoryJournal();
        eu.coact.examples.study.StudyCheck check = STUDY;
        Instant start = at(0, 0);
        ConsentLedger ledger = eu.coact.examples.study.StudyConsent.open(
                        check.requirePolicy(), check.documents(), journal, "web", start.minusSeconds(60))
                .ledger();
        eu.coact.consent.DocumentReference document = check.documents().stream()
                .filter(d -> d.language().equals(eu.coact.core.Language.of("en")))
                .findFirst()
                .orElseThrow()
                .reference();
        eu.coact.consent.Channel web = eu.coact.consent.Channel.of("web");
        eu.coact.consent.Actor actor = eu.coact.consent.Actor.PARTICIPANT;
        List<eu.coact.consent.Transition> steps = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Pseudonym who = Pseudonym.of(String.format("participant-%08d", i));
            List<Integer> days = people.get(i).days();
            steps.add(new eu.coact.consent.Transition.FirstContact(
                    who, at(days.get(0), 3 * i), actor, web, eu.coact.consent.ParticipationRole.CITIZEN_SCIENTIST));
            if (days.size() > 1) {
                steps.add(new eu.coact.consent.Transition.DocumentShown(
                        who, at(days.get(1), 3 * i + 1), actor, web, document));
            }
            if (days.size() > 2) {
                steps.add(new eu.coact.consent.Transition.ConsentDeclined(who, at(days.get(2), 3 * i + 2), actor, web));
            }
        }
        steps.sort(Comparator.comparing(eu.coact.consent.Transition::at));
        steps.forEach(ledger::record);

        DashboardFigures figures = new DashboardFigures(journal, ledger, SmallCellSuppression.withThreshold(threshold));
        Instant now = at(27, 0);
        SuppressedTable weeks = figures.consentStatesPerWeek(now);
        if (people.isEmpty()) {
            assertThat(weeks.rowLabels()).containsExactly("none yet");
            return;
        }
        List<String> stages = List.of("prospective", "informed", "declined");
        for (int r = 0; r < weeks.rowLabels().size(); r++) {
            StudyWeek week = StudyWeek.parse(weeks.rowLabels().get(r)).orElseThrow();
            Instant end = week.last().isBefore(now) ? week.last() : now;
            for (int c = 0; c < weeks.columnLabels().size(); c++) {
                int stage = stages.indexOf(weeks.columnLabels().get(c));
                assertThat(stage).as(weeks.columnLabels().get(c)).isNotNegative();
                long truth = people.stream()
                        .filter(p -> {
                            long taken = stepsBy(p.days(), end);
                            return taken == (stage == 2 ? 3 : stage + 1);
                        })
                        .count();
                assertCount(weeks.cell(r, c), truth, threshold);
            }
        }
        assertThat(weeks.rowLabels().get(0))
                .isEqualTo(StudyWeek.of(FIRST.plusDays(people.stream()
                                .mapToInt(p -> p.days().get(0))
                                .min()
                                .orElseThrow()))
                        .toString());
        assertNoLoneHiddenEntry(weeks);
    }

    /** How many of a participant's steps were taken by an instant (step i is at second 3 * person + i). */
    private static long stepsBy(List<Integer> days, Instant end) {
        return days.stream().filter(d -> !at(d, 0).isAfter(end)).count();
    }

    private static Instant at(int day, long seconds) {
        return FIRST.plusDays(day)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()
                .plusSeconds(seconds);
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
