package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(PrivateFiles.isPosix(dir), "POSIX permissions");
    }

    @Test
    void newFoldersAreOwnerOnlyAndExistingOnesKeepTheirMode() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path deep = PrivateFiles.createDirectories(dir.resolve("a/b/c"));
        assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("a/b"))).isEqualTo("rwx------");
        assertThat(mode(deep)).isEqualTo("rwx------");
        assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void filesAndTemporaryFoldersAreOwnerOnly() throws IOException {
        try (OutputStream out = PrivateFiles.newOutputStream(dir.resolve("x/answers.tmp"))) {
            out.write(1);
        }
        assertThat(mode(dir.resolve("x/answers.tmp"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("x"))).isEqualTo("rwx------");
        assertThat(mode(PrivateFiles.createTempDirectory(dir, "scratch-"))).isEqualTo("rwx------");
        Path system = PrivateFiles.createTempDirectory("coact-test-");
        try {
            assertThat(mode(system)).isEqualTo("rwx------");
        } finally {
            FileTrees.delete(system);
        }
    }

    @Test
    void atomicWritesAndFoldersArePrivate() throws IOException {
        AtomicFiles.writeString(dir.resolve("k/key"), "k");
        assertThat(mode(dir.resolve("k/key"))).isEqualTo("rw-------");
        Path folder = AtomicFiles.writeFolder(
                dir.resolve("release"), f -> PrivateFiles.writeString(f.resolve("data.csv"), "a\r\n"));
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.resolve("data.csv"))).isEqualTo("rw-------");
    }

    @Test
    void theModeIsExactEvenWhenTheFileExistedOpenToOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("open"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        AtomicFiles.writeString(file, "y");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
