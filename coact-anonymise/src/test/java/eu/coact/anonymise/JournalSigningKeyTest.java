package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.CheckpointSigner;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.TrustedKeys;
import eu.coact.core.journal.Verification;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalSigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void theRingSignsAJournalAndItsPublicKeysVerifyItAfterARotation() {
        KeyRing ring = KeyRing.of(PseudonymKey.generate(KeyId.of("2026-01")));
        Anchor anchor;
        try (FileJournal journal = FileJournal.builder(dir)
                .signedBy(JournalSigningKey.signer(ring))
                .open()) {
            journal.append(JournalEvent.of(Instant.EPOCH, "note", new byte[] {1}));
            anchor = journal.anchor().orElseThrow();
        }
        KeyRing rotated = ring.rotateTo(PseudonymKey.generate(KeyId.of("2026-07")));
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify(JournalSigningKey.trusted(rotated), anchor))
                    .isEqualTo(new Verification.Intact(1));
            KeyRing other = KeyRing.of(PseudonymKey.generate(KeyId.of("2026-01")));
            assertThat(journal.verify(JournalSigningKey.trusted(other))).isInstanceOf(Verification.Broken.class);
        }
    }

    @Test
    void theSameKeyAlwaysDerivesTheSameSignerAndDifferentKeysDifferentOnes() {
        PseudonymKey key = PseudonymKey.generate(KeyId.of("a"));
        CheckpointSigner once = JournalSigningKey.signer(key);
        CheckpointSigner again = JournalSigningKey.signer(key);
        assertThat(once.publicKey()).isEqualTo(again.publicKey());
        assertThat(JournalSigningKey.signer(PseudonymKey.generate(KeyId.of("a")))
                        .publicKey())
                .isNotEqualTo(once.publicKey());
        assertThat(TrustedKeys.of(once.publicKey()).trusts(again.publicKey())).isTrue();
    }
}
