package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.CheckpointSigner;
import eu.coact.core.journal.FileJournal;
import eu.coact.export.ReleaseFixture.Person;
import eu.coact.export.ReleaseFixture.Standing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release is made only from a journal that verifies, and records the journal's anchor. */
class ReleaseJournalCheckTest {

    private static final CheckpointSigner KEY = CheckpointSigner.ed25519(new byte[32]);

    @TempDir
    Path dir;

    private ConsentLedger ledger;

    private Instant record(FileJournal journal) {
        ledger = ReleaseFixture.ledger(journal);
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
                            i % 2 == 0 ? "yes" : "no",
                            i % 3 == 0 ? "yes" : "no",
                            List.of("same", "none"),
                            null),
                    t);
        }
        return t;
    }

    private ReleaseResult release(FileJournal journal, Instant t) throws IOException {
        ReleaseConfig config = ReleaseConfigReader.read(
                        ReleaseFixture.studyFolder(dir.resolve("study"), "2", "generalise", 10))
                .orElseThrow();
        return StudyRelease.configure(config)
                .write(
                        new ReleaseInputs(
                                ReleaseFixture.study(), ledger, journal, ReleaseFixture.pseudonyms(), t.plusSeconds(1)),
                        dir.resolve("release"));
    }

    @Test
    void aReleaseFromASigningJournalRecordsItsAnchorInTheMetadata() throws IOException {
        try (FileJournal journal =
                FileJournal.builder(dir.resolve("journal")).signedBy(KEY).open()) {
            Instant t = record(journal);
            ReleaseResult result = release(journal, t);
            assertThat(result).isInstanceOf(ReleaseResult.Written.class);
            Anchor anchor = journal.anchor().orElseThrow();
            String metadata = Files.readString(dir.resolve("release").resolve("datapackage.json"));
            assertThat(metadata)
                    .contains("coact-journal-anchor/1 sequence=" + anchor.sequence())
                    .contains("signature=" + HexFormat.of().formatHex(anchor.signature()));
        }
    }

    @Test
    void aJournalRedactedWithoutItsSigningKeyIsRefusedAndNothingIsWritten() throws IOException {
        Instant t;
        try (FileJournal journal =
                FileJournal.builder(dir.resolve("journal")).signedBy(KEY).open()) {
            t = record(journal);
        }
        // Someone with the files but without the key, using the library itself.
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"))) {
            ledger = ConsentLedger.open(
                    journal,
                    ConsentPolicy.builder("Research group", "data-protection@example.org")
                            .minimumAge(18)
                            .build());
            journal.redact(3);
            ReleaseResult result = release(journal, t);
            assertThat(result).isInstanceOf(ReleaseResult.Refused.class);
            assertThat(((ReleaseResult.Refused) result).reasons().render())
                    .contains("journal-does-not-verify")
                    .contains("a redaction was forged");
        }
        assertThat(dir.resolve("release")).doesNotExist();
    }
}
