package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An entry assembled by a journal store outside the SDK, as stored and as redaction leaves it. */
class JournalEntryTest {

    private static final Pseudonym ANNA = Pseudonym.of("participant-aaaaaaaaaaaa");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.000000123Z");
    private static final byte[] DIGEST = filled(1);
    private static final byte[] PREVIOUS = filled(2);
    private static final byte[] HASH = filled(3);

    @Test
    void anAssembledEntryHoldsTheEventAndItsPlaceInTheChain() {
        JournalEvent event = JournalEvent.about(ANNA, AT, "answer.given", "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        JournalEntry entry = new JournalEntry(7, event, DIGEST, PREVIOUS, HASH);

        assertThat(entry.sequence()).isEqualTo(7);
        assertThat(entry.at()).isEqualTo(AT);
        assertThat(entry.subject()).contains(ANNA);
        assertThat(entry.type()).isEqualTo("answer.given");
        assertThat(entry.event()).contains(event);
        assertThat(entry.isRedacted()).isFalse();
        assertThat(entry.payloadDigest()).isEqualTo(DIGEST);
        assertThat(entry.previousHash()).isEqualTo(PREVIOUS);
        assertThat(entry.hash()).isEqualTo(HASH);
    }

    @Test
    void withoutPayloadErasesThePayloadAndKeepsEverythingTheChainNeeds() {
        JournalEntry entry = new JournalEntry(
                3,
                JournalEvent.of(AT, "study.note", "secret".getBytes(StandardCharsets.UTF_8)),
                DIGEST,
                PREVIOUS,
                HASH);
        JournalEntry redacted = entry.withoutPayload();

        assertThat(redacted.isRedacted()).isTrue();
        assertThat(redacted.payload()).isEmpty();
        assertThat(redacted.event()).isEmpty();
        assertThat(redacted.subject()).isEqualTo(Optional.empty());
        assertThat(redacted.type()).isEqualTo("study.note");
        assertThat(redacted.payloadDigest()).isEqualTo(DIGEST);
        assertThat(redacted.hash()).isEqualTo(HASH);
        assertThat(redacted).isNotEqualTo(entry);
        assertThat(entry.isRedacted()).isFalse();
    }

    @Test
    void theArraysPassedInAreCopied() {
        byte[] hash = filled(9);
        JournalEntry entry =
                new JournalEntry(1, JournalEvent.of(AT, "study.note", new byte[0]), DIGEST, PREVIOUS, hash);
        hash[0] = 0;
        assertThat(entry.hash()).isEqualTo(filled(9));
    }

    @Test
    void sequenceNumbersStartAtOne() {
        JournalEvent event = JournalEvent.of(AT, "study.note", new byte[0]);
        assertThatThrownBy(() -> new JournalEntry(0, event, DIGEST, PREVIOUS, HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
