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
    private final Map<String, Long> started = new TreeMap<>();
    private final Map<String, Long> completed = new TreeMap<>();
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
        Map<String, Long> open = new TreeMap<>();
        started.forEach((block, count) -> open.put(block, Math.max(0, count - completed.getOrDefault(block, 0L))));
        return suppressed(open, "not completed");
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
            case ConversationEvents.BLOCK_STARTED -> block(entry).ifPresent(b -> started.merge(b, 1L, Long::sum));
            case ConversationEvents.BLOCK_COMPLETED -> block(entry).ifPresent(b -> completed.merge(b, 1L, Long::sum));
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
