package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of a signing journal: whatever is appended and redacted with the key verifies
 * with the key and with its anchor; any payload changed afterwards with the chain recomputed
 * does not.
 */
class SignedJournalProperties {

    private static final CheckpointSigner KEY = CheckpointSigner.ed25519(new byte[32]);
    private static final TrustedKeys KEYS = TrustedKeys.of(KEY.publicKey());

    private static Anchor write(Path dir, List<Integer> commits, Set<Integer> redactions, CheckpointPolicy policy) {
        try (FileJournal journal =
                FileJournal.builder(dir).signedBy(KEY).checkpoints(policy).open()) {
            int i = 0;
            for (int size : commits) {
                List<JournalEvent> events = new ArrayList<>();
                for (int k = 0; k < size; k++, i++) {
                    events.add(JournalEvent.of(
                            Instant.ofEpochSecond(i),
                            "answer.given",
                            ("answer " + i).getBytes(StandardCharsets.UTF_8)));
                }
                journal.appendAll(events);
            }
            for (int r : redactions) {
                journal.redact(1 + r % i);
            }
            return journal.anchor().orElseThrow();
        }
    }

    @Property(tries = 25)
    void whatTheKeyWroteVerifiesWithTheKeyAndTheAnchor(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 9) Integer> commits,
            @ForAll @Size(max = 4) Set<@IntRange(min = 0, max = 200) Integer> redactions,
            @ForAll boolean everyCommit)
            throws IOException {
        Path dir = Files.createTempDirectory("coact-signed");
        try {
            Anchor anchor = write(
                    dir, commits, redactions, everyCommit ? CheckpointPolicy.everyCommit() : CheckpointPolicy.DEFAULT);
            long entries = commits.stream().mapToLong(Integer::longValue).sum();
            try (FileJournal journal = FileJournal.open(dir)) {
                assertThat(journal.verify(KEYS)).isEqualTo(new Verification.Intact(entries));
                assertThat(journal.verify(TrustedKeys.none(), anchor)).isEqualTo(new Verification.Intact(entries));
            }
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 25)
    void anyPayloadChangedWithTheChainRecomputedIsFound(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 9) Integer> commits,
            @ForAll @IntRange(min = 0, max = 200) int victim)
            throws IOException {
        Path dir = Files.createTempDirectory("coact-signed");
        try {
            Anchor anchor = write(dir, commits, Set.of(), CheckpointPolicy.DEFAULT);
            long entries = commits.stream().mapToLong(Integer::longValue).sum();
            new Attacker(dir).changePayload(1 + victim % entries, "forged".getBytes(StandardCharsets.UTF_8));
            try (FileJournal journal = FileJournal.open(dir)) {
                assertThat(journal.verify(KEYS).isIntact()).isFalse();
                assertThat(journal.verify(TrustedKeys.none(), anchor).isIntact())
                        .isFalse();
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
