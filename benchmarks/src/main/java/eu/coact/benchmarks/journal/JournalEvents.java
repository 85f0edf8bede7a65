package eu.coact.benchmarks.journal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events shaped like a participant's answer: a pseudonym, a type and about 100 bytes of JSON. */
final class JournalEvents {

    /**
     * The size of one framed record of {@link #answer} in a file journal (frame header 12, fixed
     * fields 142, subject 24, type 12, payload about 86 bytes), for the fsync baseline.
     */
    static final int RECORD_BYTES = 276;

    private JournalEvents() {}

    static JournalEvent answer(int i) {
        String json = "{\"block\":\"story-c-" + (i % 500)
                + "\",\"question\":\"same-experience\",\"answer\":\"similar\"," + "\"language\":\"ca\"}";
        return JournalEvent.about(
                Pseudonym.of("participant-" + String.format("%012d", i % 1000)),
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i),
                "answer.given",
                json.getBytes(StandardCharsets.UTF_8));
    }

    static List<JournalEvent> batch(int size) {
        List<JournalEvent> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            events.add(answer(i));
        }
        return List.copyOf(events);
    }
}
