package eu.coact.core.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEvent;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FrameBatchProperties {

    @Provide
    Arbitrary<List<JournalEvent>> events() {
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
        Arbitrary<JournalEvent> event = Combinators.combine(at, subject, type, payload)
                .as((when, who, kind, bytes) ->
                        who == null ? JournalEvent.of(when, kind, bytes) : JournalEvent.about(who, when, kind, bytes));
        return event.list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 200)
    void framesBuiltInPlaceAreTheFramesOfTheSealedRecords(
            @ForAll("events") List<JournalEvent> events, @ForAll("previous") byte[] previous) {
        int n = events.size();
        byte[] salts = ChainHash.newSaltBlock(n);
        byte[] digests = new byte[n * 32];
        FrameBatch batch = new FrameBatch();
        // Used twice: the second write must not see anything left from the first.
        for (int round = 0; round < 2; round++) {
            batch.start(previous);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            byte[] chain = previous;
            for (int i = 0; i < n; i++) {
                JournalEvent event = events.get(i);
                byte[] salt = Arrays.copyOfRange(salts, i * 16, i * 16 + 16);
                byte[] digest = ChainHash.payloadDigest(salt, event.payload());
                System.arraycopy(digest, 0, digests, i * 32, 32);
                StoredRecord record = StoredRecord.seal(100 + i, event, salt, digest, chain);
                expected.writeBytes(RecordFrame.encode(record));
                chain = record.hash();
                batch.add(
                        100 + i,
                        event.at().getEpochSecond(),
                        event.at().getNano(),
                        event.subject().orElse(null),
                        event.type(),
                        event.payload(),
                        salts,
                        i * 16,
                        digests,
                        i * 32);
                assertThat(batch.frameLength(i)).isEqualTo(RecordFrame.encode(record).length);
                assertThat(batch.subject(i)).isEqualTo(record.subject());
            }
            assertThat(batch.count()).isEqualTo(n);
            assertThat(Arrays.copyOf(batch.bytes(), batch.length())).isEqualTo(expected.toByteArray());
            assertThat(batch.lastHash()).isEqualTo(chain);
        }
    }

    @Provide
    Arbitrary<byte[]> previous() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }
}
