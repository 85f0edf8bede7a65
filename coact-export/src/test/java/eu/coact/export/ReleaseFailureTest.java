package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.journal.ForwardingJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import eu.coact.export.ReleaseFixture.Person;
import eu.coact.export.ReleaseFixture.Standing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseFailureTest {

    @TempDir
    Path dir;

    /** A journal whose reads break half-way, as a disk error would while the answers are streamed. */
    private static final class BreakingJournal extends ForwardingJournal {
        private final AtomicInteger reads = new AtomicInteger();

        BreakingJournal(Journal inner) {
            super(inner);
        }

        @Override
        public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
            reads.incrementAndGet();
            long half = delegate().lastSequence() / 2;
            return delegate().read(fromInclusive, toInclusive).peek(e -> {
                if (e.sequence() > half) {
                    throw new JournalException("the journal cannot be read at entry #" + e.sequence());
                }
            });
        }
    }

    @Test
    void aFailureWhileTheAnswersAreStreamedLeavesNoPartialPackageNorTemporaryFile() throws IOException {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ReleaseFixture.ledger(journal);
        Instant t = ReleaseFixture.START;
        for (int i = 0; i < 30; i++) {
            t = ReleaseFixture.record(
                    ledger,
                    journal,
                    new Person(
                            ReleaseFixture.participant(i),
                            Standing.PUBLISHES,
                            "woman",
                            "18-29",
                            "no",
                            "no",
                            List.of("same", "none"),
                            null),
                    t);
        }
        ReleaseConfig config = ReleaseConfigReader.read(
                        ReleaseFixture.studyFolder(dir.resolve("study"), "2", "refuse", 10))
                .orElseThrow();
        BreakingJournal breaking = new BreakingJournal(journal);
        ReleaseInputs inputs = new ReleaseInputs(
                ReleaseFixture.study(), ledger, breaking, ReleaseFixture.pseudonyms(), t.plusSeconds(1));

        assertThatThrownBy(() -> StudyRelease.configure(config).write(inputs, dir.resolve("release")))
                .isInstanceOf(JournalException.class);

        assertThat(breaking.reads.get()).isEqualTo(1);
        assertThat(dir.resolve("release")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("study");
        }
    }

    @Test
    void anExistingReleaseIsNeverOverwritten() throws IOException {
        Path release = ReleaseFixture.sampleRelease(dir);
        ReleaseConfig config = ReleaseConfigReader.read(dir.resolve("study")).orElseThrow();
        InMemoryJournal journal = new InMemoryJournal();

        assertThatThrownBy(() -> StudyRelease.configure(config)
                        .write(
                                new ReleaseInputs(
                                        ReleaseFixture.study(),
                                        ReleaseFixture.ledger(journal),
                                        journal,
                                        ReleaseFixture.pseudonyms(),
                                        ReleaseFixture.START),
                                release))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(release.resolve("datapackage.json")).exists();
    }
}
