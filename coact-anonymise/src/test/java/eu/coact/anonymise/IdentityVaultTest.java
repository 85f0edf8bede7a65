package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityVaultTest {

    private static final char[] PASSWORD = "a long vault password".toCharArray();
    private static final ChannelIdentity ANNA = ChannelIdentity.of("telegram", "918273645");
    private static final ChannelIdentity BERT = ChannelIdentity.of("email", "bert.example@example.org");
    private static final ChannelIdentity CARLA = ChannelIdentity.of("phone", "+34 612 345 678");

    @TempDir
    Path dir;

    @Test
    void theSameIdentityGetsTheSamePseudonymAndCanBeRevealedAfterReopening() {
        Pseudonym anna;
        Pseudonym bert;
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            anna = vault.admit(ANNA);
            bert = vault.admit(BERT);
            assertThat(vault.admit(ANNA)).isEqualTo(anna);
            assertThat(bert).isNotEqualTo(anna);
            assertThat(anna.value()).hasSize(43);
            assertThat(vault.identityOf(anna)).contains(ANNA);
        }
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            assertThat(vault.size()).isEqualTo(2);
            assertThat(vault.find(ANNA)).contains(anna);
            assertThat(vault.find(CARLA)).isEmpty();
            assertThat(vault.identityOf(bert))
                    .hasValueSatisfying(id -> assertThat(id.reveal()).isEqualTo(BERT.reveal()));
        }
    }

    @Test
    void noStoredByteHoldsAnIdentityOrAnythingDerivedFromItWithoutTheKey() throws Exception {
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            for (ChannelIdentity identity : List.of(ANNA, BERT, CARLA)) {
                vault.admit(identity);
            }
        }
        for (ChannelIdentity identity : List.of(ANNA, BERT, CARLA)) {
            assertThat(SearchBytes.findAll(dir, SearchBytes.derivedWithoutKey(identity.channel(), identity.reveal())))
                    .isEmpty();
        }
        assertThat(SearchBytes.findAll(
                        dir, java.util.Map.of("password", new String(PASSWORD).getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void forgettingOneParticipantLeavesNothingThatMapsBackToThem() throws Exception {
        Path backupOfRecords = Files.createDirectories(dir.resolve("..").resolve(dir.getFileName() + "-backup"));
        Pseudonym anna;
        Pseudonym bert;
        try (IdentityVault vault = IdentityVault.openWithPassword(dir.resolve("vault"), PASSWORD)) {
            anna = vault.admit(ANNA);
            bert = vault.admit(BERT);
            copyTree(dir.resolve("vault/participants"), backupOfRecords);

            assertThat(vault.forget(anna)).isTrue();
            assertThat(vault.forget(anna)).isFalse();
            assertThat(vault.find(ANNA)).isEmpty();
            assertThat(vault.identityOf(anna)).isEmpty();
            assertThat(vault.identityOf(bert)).contains(BERT);
            assertThat(SearchBytes.findAll(
                            dir.resolve("vault"),
                            java.util.Map.of("pseudonym", anna.value().getBytes(StandardCharsets.US_ASCII))))
                    .isEmpty();

            Pseudonym annaAgain = vault.admit(ANNA);
            assertThat(annaAgain).isNotEqualTo(anna);
        }
        try (IdentityVault vault = IdentityVault.openWithPassword(dir.resolve("vault"), PASSWORD)) {
            assertThat(vault.identityOf(anna)).isEmpty();
            assertThat(vault.find(ANNA)).hasValueSatisfying(p -> assertThat(p).isNotEqualTo(anna));
        }
        // A backup of the records alone cannot be read: the participant's key was elsewhere.
        assertThat(SearchBytes.findAll(backupOfRecords, SearchBytes.derivedWithoutKey("telegram", ANNA.reveal())))
                .isEmpty();
    }

    @Test
    void forgettingEveryoneDestroysTheMasterKeyAndEveryRecord() throws Exception {
        IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD);
        Pseudonym anna = vault.admit(ANNA);
        vault.admit(BERT);
        vault.forgetEveryone();
        assertThatThrownBy(() -> vault.find(ANNA)).isInstanceOf(IllegalStateException.class);

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
        try (IdentityVault fresh = IdentityVault.openWithPassword(dir, PASSWORD)) {
            assertThat(fresh.size()).isZero();
            assertThat(fresh.find(ANNA)).isEmpty();
            assertThat(fresh.identityOf(anna)).isEmpty();
            assertThat(fresh.admit(ANNA)).isNotEqualTo(anna);
        }
    }

    @Test
    void aSuppliedMasterKeyOpensOnlyItsOwnVault() {
        PseudonymKey master = PseudonymKey.generate(KeyId.of("vault"));
        Pseudonym anna;
        try (IdentityVault vault = IdentityVault.openWithKey(dir, master)) {
            anna = vault.admit(ANNA);
        }
        try (IdentityVault vault = IdentityVault.openWithKey(dir, master)) {
            assertThat(vault.identityOf(anna)).contains(ANNA);
        }
        assertThatThrownBy(() -> IdentityVault.openWithKey(dir, PseudonymKey.generate(KeyId.of("vault"))))
                .isInstanceOfSatisfying(
                        IdentityVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.WRONG_KEY));
    }

    @Test
    void aWrongPasswordIsATypedErrorWithoutThePassword() {
        IdentityVault.openWithPassword(dir, PASSWORD).close();
        assertThatThrownBy(() -> IdentityVault.openWithPassword(dir, "not the password".toCharArray()))
                .isInstanceOfSatisfying(IdentityVaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.WRONG_KEY);
                    assertThat(e.getMessage())
                            .doesNotContain("not the password")
                            .doesNotContain(new String(PASSWORD));
                });
    }

    @Test
    void aChangedRecordIsReportedAsDamagedWithoutQuotingIt() throws Exception {
        Pseudonym anna;
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            anna = vault.admit(ANNA);
        }
        Path record = dir.resolve("participants").resolve(anna.value() + ".id");
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length - 1] ^= 1;
        Files.write(record, bytes);
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            assertThatThrownBy(() -> vault.identityOf(anna)).isInstanceOfSatisfying(IdentityVaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.DAMAGED);
                assertThat(e.getMessage()).doesNotContain(ANNA.reveal());
            });
        }
    }

    @Test
    void anInterruptedForgetOrAdmissionIsCompletedOnOpen() throws Exception {
        Pseudonym anna;
        Pseudonym bert;
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            anna = vault.admit(ANNA);
            bert = vault.admit(BERT);
        }
        // Forget stopped after destroying the key: the record must go too.
        Files.delete(dir.resolve("keys").resolve(anna.value() + ".key"));
        // Admission stopped after writing the key: the key must go.
        Files.delete(dir.resolve("participants").resolve(bert.value() + ".id"));
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            assertThat(vault.size()).isZero();
        }
        assertThat(dir.resolve("participants").resolve(anna.value() + ".id")).doesNotExist();
        assertThat(dir.resolve("keys").resolve(bert.value() + ".key")).doesNotExist();
    }

    @Test
    void recordsWithoutTheirKeystoreAreNotSilentlyReplacedByAnEmptyVault() throws Exception {
        try (IdentityVault vault = IdentityVault.openWithPassword(dir, PASSWORD)) {
            vault.admit(ANNA);
        }
        Files.delete(dir.resolve("vault.bcfks"));
        assertThatThrownBy(() -> IdentityVault.openWithPassword(dir, PASSWORD))
                .isInstanceOfSatisfying(
                        IdentityVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.WRONG_KEY));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
