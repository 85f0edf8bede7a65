package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The verified read of a file journal reads its segments in large blocks: whatever the segment
 * size, the payload sizes (up to the largest a journal takes, larger than one block) and the
 * redactions, it hands over exactly what reading entry by entry hands over.
 */
class FileJournalVerifiedReadProperties {

    private static final Pseudonym SUBJECT = Pseudonym.of("participant-verified-read-1");

    @Provide
    Arbitrary<List<Integer>> payloadSizes() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 3_000)),
                        net.jqwik.api.Tuple.of(
                                1,
                                Arbitraries.integers()
                                        .between(JournalEvent.MAX_PAYLOAD_BYTES - 64, JournalEvent.MAX_PAYLOAD_BYTES)))
                .list()
                .ofMinSize(0)
                .ofMaxSize(60);
    }

    @Property(tries = 12)
    void theVerifiedReadHandsOverExactlyWhatReadingHandsOver(
            @ForAll("payloadSizes") List<Integer> sizes,
            @ForAll @IntRange(min = 4096, max = 3_000_000) int segmentBytes,
            @ForAll @IntRange(min = 0, max = 7) int redactEvery)
            throws IOException {
        Path dir = Files.createTempDirectory("coact-verified-read");
        try {
            try (FileJournal journal = FileJournal.open(dir, segmentBytes)) {
                for (int i = 0; i < sizes.size(); i++) {
                    byte[] payload = new byte[sizes.get(i)];
                    Arrays.fill(payload, (byte) ('a' + i % 26));
                    journal.append(JournalEvent.about(SUBJECT, Instant.ofEpochSecond(i), "answer.given", payload));
                }
                for (long s = 1; redactEvery > 0 && s <= sizes.size(); s += redactEvery) {
                    journal.redact(s);
                }
            }
            try (FileJournal journal = FileJournal.open(dir, segmentBytes)) {
                List<JournalEntry> read;
                try (Stream<JournalEntry> all = journal.readAll()) {
                    read = all.toList();
                }
                List<JournalEntry> verified = new ArrayList<>();

                assertThat(journal.readVerified(verified::add)).isEqualTo(new Verification.Intact(sizes.size()));
                assertThat(verified).isEqualTo(read);
            }
        } finally {
            FileTrees.delete(dir);
        }
    }
}
