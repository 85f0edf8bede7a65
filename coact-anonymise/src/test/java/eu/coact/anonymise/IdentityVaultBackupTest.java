package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.anonymise.internal.EpochKey;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.anonymise.internal.PasswordKeyStore;
import eu.coact.anonymise.internal.SuppliedKeyStore;
import eu.coact.anonymise.internal.WrappedKey;
import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack: someone holds a backup of the vault taken before a participant was forgotten, and
 * later gets the live key store (and its password, or the supplied master key). They put every
 * file of the backup beside the live key store. Nothing of the forgotten participant can be
 * read: not through the vault, not by decrypting the old key file by hand with every key the
 * live store holds, and not by searching the bytes.
 */
class IdentityVaultBackupTest {

    private static final char[] PASSWORD = "ledger quartz umbrella fjord".toCharArray();
    private static final ChannelIdentity ANNA = ChannelIdentity.of("telegram", "918273645");
    private static final ChannelIdentity BERT = ChannelIdentity.of("email", "bert.example@example.org");
    private static final ChannelIdentity CARLA = ChannelIdentity.of("phone", "+34 612 345 678");

    @TempDir
    Path dir;

    @Test
    void aPreForgetBackupBesideTheLivePasswordKeystoreDoesNotBringBackTheForgotten() throws Exception {
        Path live = dir.resolve("vault");
        Path backup = dir.resolve("backup");
        Pseudonym anna;
        Pseudonym bert;
        try (IdentityVault vault = IdentityVault.openWithPassword(live, PASSWORD)) {
            anna = vault.admit(ANNA);
            bert = vault.admit(BERT);
            vault.admit(CARLA);
            copyTree(live, backup);
            assertThat(vault.forget(anna)).isTrue();
            assertThat(vault.identityOf(bert)).contains(BERT);
        }
        try (IdentityVault vault = IdentityVault.openWithPassword(live, PASSWORD)) {
            assertThat(vault.identityOf(bert)).contains(BERT);
            assertThat(vault.find(CARLA)).isPresent();
            assertThat(vault.find(ANNA)).isEmpty();
        }

        Path restored = restoreBesideLiveKeyStore(backup, live, "vault.bcfks");
        assertThatThrownBy(() -> IdentityVault.openWithPassword(restored, PASSWORD))
                .isInstanceOfSatisfying(IdentityVaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.DAMAGED);
                    assertThat(e.getMessage()).contains("another epoch").doesNotContain(ANNA.reveal());
                });

        PasswordKeyStore store = PasswordKeyStore.open(restored.resolve("vault.bcfks"), PASSWORD);
        byte[] oldKeyFile = Files.readAllBytes(restored.resolve("keys").resolve(anna.value() + ".key"));
        assertThat(WrappedKey.epochOf(oldKeyFile)).isPresent();
        assertThat(WrappedKey.epochOf(oldKeyFile).getAsLong())
                .isLessThan(store.epoch().orElseThrow().number());
        assertNothingOpens(oldKeyFile, anna, store.epoch().orElseThrow(), store.master());
        assertThat(SearchBytes.findAll(restored, SearchBytes.derivedWithoutKey("telegram", ANNA.reveal())))
                .isEmpty();
        store.close();
    }

    @Test
    void aPreForgetBackupBesideTheLiveEpochFileAndMasterKeyDoesNotBringBackTheForgotten() throws Exception {
        PseudonymKey master = PseudonymKey.generate(KeyId.of("vault"));
        Path live = dir.resolve("vault");
        Path backup = dir.resolve("backup");
        Pseudonym anna;
        try (IdentityVault vault = IdentityVault.openWithKey(live, master)) {
            anna = vault.admit(ANNA);
            vault.admit(BERT);
            copyTree(live, backup);
            vault.forget(anna);
        }
        Path restored = restoreBesideLiveKeyStore(backup, live, "vault.epoch");
        assertThatThrownBy(() -> IdentityVault.openWithKey(restored, master))
                .isInstanceOfSatisfying(
                        IdentityVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.DAMAGED));
        SuppliedKeyStore store = SuppliedKeyStore.open(restored.resolve("vault.epoch"), master.secret());
        byte[] oldKeyFile = Files.readAllBytes(restored.resolve("keys").resolve(anna.value() + ".key"));
        assertNothingOpens(oldKeyFile, anna, store.epoch().orElseThrow(), master.secret());
        assertThat(SearchBytes.findAll(restored, SearchBytes.derivedWithoutKey("telegram", ANNA.reveal())))
                .isEmpty();
    }

    @Test
    void withoutAForgetTheSameRestoreOpensAndReadsEveryone() throws Exception {
        // The control: the restore procedure itself is sound, so the refusal above is the forget's doing.
        Path live = dir.resolve("vault");
        Path backup = dir.resolve("backup");
        Pseudonym anna;
        try (IdentityVault vault = IdentityVault.openWithPassword(live, PASSWORD)) {
            anna = vault.admit(ANNA);
            copyTree(live, backup);
        }
        Path restored = restoreBesideLiveKeyStore(backup, live, "vault.bcfks");
        try (IdentityVault vault = IdentityVault.openWithPassword(restored, PASSWORD)) {
            assertThat(vault.identityOf(anna)).contains(ANNA);
        }
    }

    /** Tries the live epoch key, the vault's format-1 wrapping key and the master key itself. */
    private static void assertNothingOpens(byte[] keyFile, Pseudonym who, EpochKey liveEpoch, byte[] master) {
        byte[] legacyWrap = new HmacSha256(master).mac("coact/vault/v1/wrap".getBytes(StandardCharsets.US_ASCII));
        EpochKey sameNumber = new EpochKey(WrappedKey.epochOf(keyFile).getAsLong(), liveEpoch.secret());
        EpochKey masterAsEpoch = new EpochKey(WrappedKey.epochOf(keyFile).getAsLong(), master);
        for (EpochKey key : List.of(liveEpoch, sameNumber, masterAsEpoch)) {
            assertThat(WrappedKey.open(key, who.value(), keyFile))
                    .as(key.toString())
                    .isEmpty();
        }
        assertThat(WrappedKey.openLegacy(legacyWrap, who.value(), keyFile)).isEmpty();
    }

    private Path restoreBesideLiveKeyStore(Path backup, Path live, String keyStore) throws Exception {
        Path restored = dir.resolve("restored");
        copyTree(backup, restored);
        Files.copy(live.resolve(keyStore), restored.resolve(keyStore), StandardCopyOption.REPLACE_EXISTING);
        assertThat(SearchBytes.findAll(restored, Map.of())).isEmpty();
        return restored;
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
