package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder the vault and the key ring store create is {@code rwx------} and every file
 * {@code rw-------}, whatever the process umask: the modes are set explicitly, so the test puts
 * the files in the most permissive surroundings it can make ({@code rwxrwxrwx} parents,
 * {@code rw-rw-rw-} files left by an older version) and checks the result.
 */
class PrivateFilesTest {

    private static final char[] PASSWORD = "ledger quartz umbrella fjord".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aNewVaultHasOnlyOwnerOnlyFoldersAndFiles() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path open = Files.createDirectory(
                dir.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path vaultDir = open.resolve("study/vault");
        try (IdentityVault vault = IdentityVault.openWithPassword(vaultDir, PASSWORD)) {
            vault.forget(vault.admit(ChannelIdentity.of("telegram", "100200300")));
            vault.admit(ChannelIdentity.of("telegram", "100200301"));
        }
        assertThat(modes(open.resolve("study"))).isNotEmpty().allSatisfy(PrivateFilesTest::ownerOnly);
        assertThat(mode(open.resolve("study"))).isEqualTo("rwx------");
    }

    @Test
    void aVaultWithOpenFilesFromAnOlderVersionIsMadePrivateOnOpening() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        PseudonymKey master = PseudonymKey.generate(KeyId.of("vault"));
        Path vaultDir = dir.resolve("vault");
        try (IdentityVault vault = IdentityVault.openWithKey(vaultDir, master)) {
            vault.admit(ChannelIdentity.of("telegram", "100200300"));
        }
        try (Stream<Path> walk = Files.walk(vaultDir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
        IdentityVault.openWithKey(vaultDir, master).close();
        try (Stream<Path> walk = Files.walk(vaultDir)) {
            for (Path p : walk.filter(p -> !p.equals(vaultDir)).toList()) {
                ownerOnly(p.getFileName() + " " + mode(p));
            }
        }
    }

    @Test
    void aKeyRingStoreCreatesPrivateFoldersAndAPrivateFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path file = dir.resolve("secrets/keys/ring.bcfks");
        KeyRingStore.save(file, KeyRing.of(PseudonymKey.generate(KeyId.of("k"))), PASSWORD);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        KeyRingStore.save(file, KeyRing.of(PseudonymKey.generate(KeyId.of("k"))), PASSWORD);
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    private static void ownerOnly(String entry) {
        String mode = entry.substring(entry.lastIndexOf(' ') + 1);
        assertThat(mode).as(entry).isIn("rw-------", "rwx------");
    }

    private static List<String> modes(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                out.add(root.relativize(p) + " " + mode(p));
            }
        }
        return out;
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
