package eu.coact.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.consent.AuditReport;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ParticipantState;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.export.disclosure.CountTable;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.disclosure.SuppressedTable;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The dashboard's counts, read live from the journal (new entries are read on each request) and
 * the consent ledger. Every series leaves here only as a {@link SuppressedTable}: the release's
 * small-cell rule (with complementary suppression) decides which counts may be shown. No
 * pseudonym and no answer text is ever read into a figure: only event types, days and block ids.
 */
public final class DashboardFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The consent ledger's first transition of each participant; it names their channel. */
    private static final String FIRST_CONTACT = "consent.first-contact";

    private final Journal journal;
    private final ConsentLedger ledger;
    private final SmallCellSuppression rule;
    private final SortedMap<LocalDate, Long> answers = new TreeMap<>();
    private final SortedMap<LocalDate, Long> failures = new TreeMap<>();
    private final SortedMap<LocalDate, Map<String, Long>> started = new TreeMap<>();
    private final SortedMap<LocalDate, Map<String, Long>> completed = new TreeMap<>();
    private final Map<String, Long> joinedPerChannel = new TreeMap<>();
    private long seen;

    /**
     * Figures over a journal and its consent ledger.
     *
     * @param journal the study's journal
     * @param ledger  the consent ledger on it
     * @param rule    the release's small-cell rule
     */
    public DashboardFigures(Journal journal, ConsentLedger ledger, SmallCellSuppression rule) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The smallest count shown; smaller ones (from 1) are hidden. */
    public int threshold() {
        return rule.threshold();
    }

    /**
     * The participation funnel: participants per consent stage now.
     *
     * @param now the current instant
     * @return the suppressed table, one row per stage
     */
    public SuppressedTable funnel(Instant now) {
        AuditReport audit = ledger.audit(now);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            counts.put(stage.name().toLowerCase(Locale.ROOT), audit.byState().getOrDefault(stage, 0L));
        }
        return suppressed(counts, "participants");
    }

    /**
     * Consent transitions per day and kind, as the consent audit counts them.
     *
     * @param now the current instant
     * @return the suppressed table: days by kinds
     */
    public SuppressedTable consentOverTime(Instant now) {
        AuditReport audit = ledger.audit(now);
        List<String> kinds = audit.transitionsByDay().values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();
        if (audit.transitionsByDay().isEmpty() || kinds.isEmpty()) {
            return rule.apply(CountTable.of(List.of("none yet"), List.of("transitions"), new long[][] {{0}}));
        }
        List<String> days = audit.transitionsByDay().keySet().stream()
                .map(LocalDate::toString)
                .toList();
        long[][] counts = new long[days.size()][kinds.size()];
        int row = 0;
        for (Map<String, Long> day : audit.transitionsByDay().values()) {
            for (int c = 0; c < kinds.size(); c++) {
                counts[row][c] = day.getOrDefault(kinds.get(c), 0L);
            }
            row++;
        }
        return rule.apply(CountTable.of(days, kinds, counts));
    }

    /** Answers per UTC day. */
    public synchronized SuppressedTable answersPerDay() {
        refresh();
        return suppressed(byDay(answers), "answers");
    }

    /** Delivery failures per UTC day. */
    public synchronized SuppressedTable failuresPerDay() {
        refresh();
        return suppressed(byDay(failures), "failures");
    }

    /** Per block: participants who started it and did not complete it (yet). */
    public synchronized SuppressedTable dropOffPerBlock() {
        refresh();
        return suppressed(open(LocalDate.MAX), "not completed");
    }

    /**
     * Participants per consent stage at the end of each week, from the week of the first
     * transition to the week of {@code now} (read at {@code now}). Stages nobody was ever in are
     * left out; the whole weeks-by-stages table goes through the small-cell rule at once.
     *
     * @param now the current instant
     * @return the suppressed table: weeks ({@code 2026-W10}) by stages
     */
    public SuppressedTable consentStatesPerWeek(Instant now) {
        SortedMap<LocalDate, Map<String, Long>> days = ledger.audit(now).transitionsByDay();
        if (days.isEmpty()) {
            return rule.apply(CountTable.of(List.of("none yet"), List.of("participants"), new long[][] {{0}}));
        }
        List<StudyWeek> weeks = new ArrayList<>();
        for (StudyWeek w = StudyWeek.of(days.firstKey()); !w.start().isAfter(now); w = w.next()) {
            weeks.add(w);
        }
        List<Map<ParticipantState.Stage, Long>> states = new ArrayList<>();
        for (StudyWeek week : weeks) {
            Instant at = week.last().isBefore(now) ? week.last() : now;
            states.add(ledger.audit(at).byState());
        }
        List<ParticipantState.Stage> stages = new ArrayList<>();
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            if (states.stream().anyMatch(m -> m.getOrDefault(stage, 0L) > 0)) {
                stages.add(stage);
            }
        }
        long[][] counts = new long[weeks.size()][stages.size()];
        for (int r = 0; r < weeks.size(); r++) {
            for (int c = 0; c < stages.size(); c++) {
                counts[r][c] = states.get(r).getOrDefault(stages.get(c), 0L);
            }
        }
        return rule.apply(CountTable.of(
                weeks.stream().map(StudyWeek::toString).toList(),
                stages.stream().map(st -> st.name().toLowerCase(Locale.ROOT)).toList(),
                counts));
    }

    /**
     * Consent transitions per kind that happened in a week (up to {@code now} if it is running).
     *
     * @param week the week
     * @param now  the current instant
     * @return the suppressed table: kinds by one column
     */
    public SuppressedTable consentChanges(StudyWeek week, Instant now) {
        Instant until = week.last().isBefore(now) ? week.last() : now;
        Map<String, Long> kinds = new TreeMap<>();
        ledger.audit(until).transitionsByDay().forEach((day, counts) -> {
            if (week.contains(day)) {
                counts.forEach((kind, n) -> kinds.merge(kind, n, Long::sum));
            }
        });
        return suppressed(kinds, "transitions");
    }

    /** Answers per day of a week (UTC), Monday first. */
    public synchronized SuppressedTable answersPerDay(StudyWeek week) {
        refresh();
        return suppressed(daysOf(week, answers), "answers");
    }

    /** Delivery failures per day of a week (UTC), Monday first. */
    public synchronized SuppressedTable failuresPerDay(StudyWeek week) {
        refresh();
        return suppressed(daysOf(week, failures), "failures");
    }

    /**
     * Per block: how often it was started and completed in a week, and how many of its starts
     * were not completed by the week's end (the drop-off).
     *
     * @param week the week
     * @return the suppressed table: blocks by the three counts
     */
    public synchronized SuppressedTable blocksIn(StudyWeek week) {
        refresh();
        Map<String, Long> open = open(week.days().get(6));
        if (open.isEmpty()) {
            return rule.apply(CountTable.of(List.of("none yet"), List.of("started"), new long[][] {{0}}));
        }
        Map<String, Long> begun = within(started, week);
        Map<String, Long> ended = within(completed, week);
        List<String> blocks = new ArrayList<>(open.keySet());
        long[][] counts = new long[blocks.size()][];
        for (int r = 0; r < blocks.size(); r++) {
            String block = blocks.get(r);
            counts[r] = new long[] {begun.getOrDefault(block, 0L), ended.getOrDefault(block, 0L), open.get(block)};
        }
        return rule.apply(CountTable.of(blocks, List.of("started", "completed", "not completed at the end"), counts));
    }

    /** Per block ever started up to and including the day {@code through}: starts not (yet) completed then. */
    private Map<String, Long> open(LocalDate through) {
        Map<String, Long> begun = sum(started, day -> !day.isAfter(through));
        Map<String, Long> ended = sum(completed, day -> !day.isAfter(through));
        Map<String, Long> open = new TreeMap<>();
        begun.forEach((block, count) -> open.put(block, Math.max(0, count - ended.getOrDefault(block, 0L))));
        return open;
    }

    private static Map<String, Long> within(SortedMap<LocalDate, Map<String, Long>> byDay, StudyWeek week) {
        return sum(byDay, week::contains);
    }

    private static Map<String, Long> sum(
            SortedMap<LocalDate, Map<String, Long>> byDay, java.util.function.Predicate<LocalDate> days) {
        Map<String, Long> sum = new TreeMap<>();
        byDay.forEach((day, counts) -> {
            if (days.test(day)) {
                counts.forEach((block, n) -> sum.merge(block, n, Long::sum));
            }
        });
        return sum;
    }

    private static Map<String, Long> daysOf(StudyWeek week, SortedMap<LocalDate, Long> counts) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (LocalDate day : week.days()) {
            days.put(
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + day,
                    counts.getOrDefault(day, 0L));
        }
        return days;
    }

    /** Participants per channel they joined on (web chat, Telegram), from their first contact. */
    public synchronized SuppressedTable participantsPerChannel() {
        refresh();
        return suppressed(joinedPerChannel, "participants");
    }

    private SuppressedTable suppressed(Map<String, Long> counts, String column) {
        if (counts.isEmpty()) {
            return rule.apply(CountTable.of(List.of("none yet"), List.of(column), new long[][] {{0}}));
        }
        long[][] table = counts.values().stream().map(c -> new long[] {c}).toArray(long[][]::new);
        return rule.apply(CountTable.of(new ArrayList<>(counts.keySet()), List.of(column), table));
    }

    private static Map<String, Long> byDay(SortedMap<LocalDate, Long> counts) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((day, count) -> labelled.put(day.toString(), count));
        return labelled;
    }

    private void refresh() {
        long last = journal.lastSequence();
        if (last <= seen) {
            return;
        }
        try (Stream<JournalEntry> entries = journal.read(seen + 1, last)) {
            entries.forEach(this::count);
        }
        seen = last;
    }

    private void count(JournalEntry entry) {
        LocalDate day = LocalDate.ofInstant(entry.at(), ZoneOffset.UTC);
        switch (entry.type()) {
            case ConversationEvents.ANSWERED -> answers.merge(day, 1L, Long::sum);
            case ConversationEvents.DELIVERY_FAILED -> failures.merge(day, 1L, Long::sum);
            case ConversationEvents.BLOCK_STARTED ->
                block(entry)
                        .ifPresent(b -> started.computeIfAbsent(day, d -> new TreeMap<>())
                                .merge(b, 1L, Long::sum));
            case ConversationEvents.BLOCK_COMPLETED ->
                block(entry)
                        .ifPresent(b -> completed
                                .computeIfAbsent(day, d -> new TreeMap<>())
                                .merge(b, 1L, Long::sum));
            case FIRST_CONTACT -> field(entry, "channel").ifPresent(c -> joinedPerChannel.merge(c, 1L, Long::sum));
            default -> {
                // Other events do not enter the dashboard.
            }
        }
    }

    /** Only the block id is read from a payload; an erased payload counts for no block. */
    private static Optional<String> block(JournalEntry entry) {
        return field(entry, "block");
    }

    /** One text field of a payload (a block id, a channel kind); an erased payload has none. */
    private static Optional<String> field(JournalEntry entry, String name) {
        return entry.payload().flatMap(bytes -> {
            try {
                JsonNode block = JSON.readTree(bytes).get(name);
                return block == null || !block.isTextual() ? Optional.empty() : Optional.of(block.asText());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String toString() {
        return "DashboardFigures[read to #" + seen + "]";
    }
}
