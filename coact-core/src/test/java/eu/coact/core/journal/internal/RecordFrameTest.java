package eu.coact.core.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RecordFrameTest {

    @Provide
    Arbitrary<StoredRecord> records() {
        Arbitrary<Instant> at = Arbitraries.longs()
                .between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<Pseudonym> subject = Arbitraries.strings()
                .withChars("abcXYZ019-_")
                .ofMinLength(16)
                .ofMaxLength(128)
                .map(Pseudonym::of)
                .injectNull(0.3);
        Arbitrary<String> type = Arbitraries.of("consent.granted", "answer.given", "a", "lifecycle.paused-by_bot");
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<Long> sequence = Arbitraries.longs().between(1, Long.MAX_VALUE);
        Arbitrary<byte[]> previous = Arbitraries.bytes().array(byte[].class).ofSize(32);
        return Combinators.combine(sequence, at, subject, type, payload, previous)
                .as((seq, when, who, kind, bytes, prev) -> {
                    JournalEvent event = who == null
                            ? JournalEvent.of(when, kind, bytes)
                            : JournalEvent.about(who, when, kind, bytes);
                    return StoredRecord.seal(seq, event, prev);
                });
    }

    @Property(tries = 200)
    void aFrameDecodesToTheRecordItWasEncodedFrom(@ForAll("records") StoredRecord record) {
        byte[] frame = RecordFrame.encode(record);
        int bodyLength = RecordFrame.bodyLength(ByteBuffer.wrap(frame, 0, RecordFrame.HEADER_BYTES));
        assertThat(bodyLength).isEqualTo(frame.length - RecordFrame.HEADER_BYTES);
        assertThat(RecordFrame.checksumMatches(frame, 0, bodyLength)).isTrue();
        assertThat(RecordFrame.decode(frame, 0).toEntry()).isEqualTo(record.toEntry());
        assertThat(RecordFrame.decode(frame, 0).salt()).isEqualTo(record.salt());
    }

    @Property(tries = 200)
    void aRedactedFrameKeepsItsLengthAndDigestsAndHoldsNoPayloadLengthOrSalt(@ForAll("records") StoredRecord record) {
        byte[] frame = RecordFrame.encode(record);
        byte[] redacted = RecordFrame.redact(frame);
        assertThat(redacted).hasSameSizeAs(frame);
        assertThat(RecordFrame.checksumMatches(redacted, 0, redacted.length - RecordFrame.HEADER_BYTES))
                .isTrue();
        StoredRecord decoded = RecordFrame.decode(redacted, 0);
        assertThat(decoded.redacted()).isTrue();
        assertThat(decoded.toEntry()).isEqualTo(record.redact().toEntry());
        // Salt, payload length and payload are all zero bytes now: the tail after the hashes.
        int tail = ChainHash.SALT_LENGTH + 4 + record.payload().length;
        for (int i = redacted.length - tail; i < redacted.length; i++) {
            assertThat(redacted[i]).as("byte %d", i).isZero();
        }
        assertThat(RecordFrame.encode(decoded)).hasSizeLessThanOrEqualTo(redacted.length);
    }

    @Property(tries = 300)
    void anyChangedByteIsCaughtByTheChecksumOrTheFrameHeader(
            @ForAll("records") StoredRecord record,
            @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] frame = RecordFrame.encode(record);
        int at = where % frame.length;
        frame[at] ^= (byte) flip;
        int bodyLength = RecordFrame.bodyLength(ByteBuffer.wrap(frame, 0, RecordFrame.HEADER_BYTES));
        boolean caught = bodyLength != frame.length - RecordFrame.HEADER_BYTES
                || !RecordFrame.checksumMatches(frame, 0, bodyLength);
        assertThat(caught)
                .as("flip 0x%02x at byte %d of %d", flip, at, frame.length)
                .isTrue();
    }
}
