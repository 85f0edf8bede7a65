package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwardingJournalTest {

    @Test
    void aWrappedSigningJournalKeepsItsAnchorVerificationAndEntries(@TempDir Path dir) {
        try (FileJournal signed = FileJournal.builder(dir.resolve("journal"))
                .signedBy(CheckpointSigner.ed25519(new byte[32]))
                .open()) {
            AtomicInteger appends = new AtomicInteger();
            Journal watched = new ForwardingJournal(signed) {
                @Override
                public long append(JournalEvent event) {
                    appends.incrementAndGet();
                    return super.append(event);
                }
            };
            watched.append(JournalEvent.about(
                    Pseudonym.of("participant-forwarding-1"),
                    Instant.EPOCH,
                    "test.watched",
                    "{}".getBytes(StandardCharsets.UTF_8)));

            assertThat(appends).hasValue(1);
            assertThat(watched.readAll()).hasSize(1);
            assertThat(watched.verify().isIntact()).isTrue();
            assertThat(watched.anchor()).isPresent().isEqualTo(signed.anchor());
        }
    }
}
