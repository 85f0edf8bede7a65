package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every folder a file journal creates is 0700 and every file 0600, whatever the umask (POSIX only). */
class FileJournalPermissionsTest {

    @TempDir
    Path root;

    @BeforeEach
    void onlyOnPosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void foldersAndFilesAreReadableByTheOwnerOnly() throws IOException {
        Path dir = root.resolve("a").resolve("b").resolve("journal");
        try (FileJournal journal = FileJournal.builder(dir)
                .segmentBytes(4096)
                .signedBy(CheckpointSigner.ed25519(new byte[32]))
                .open()) {
            for (int i = 0; i < 100; i++) {
                journal.append(JournalEvent.of(
                        Instant.ofEpochSecond(i),
                        "note",
                        ("entry " + i + " " + "x".repeat(80)).getBytes(StandardCharsets.UTF_8)));
            }
            journal.redact(3);
        }
        assertThat(mode(root.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("a").resolve("b"))).isEqualTo("rwx------");
        assertThat(mode(dir)).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).hasSizeGreaterThan(3);
        for (Path file : files) {
            assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aJournalWrittenWorldReadableBeforeIsMadePrivateOnOpen() throws IOException {
        Path dir = root.resolve("journal");
        try (FileJournal journal = FileJournal.open(dir)) {
            journal.append(JournalEvent.of(Instant.EPOCH, "note", new byte[] {1}));
        }
        Path segment = SegmentFiles.onlySegment(dir);
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(mode(segment)).isEqualTo("rw-------");
        }
    }

    @Test
    void theBytesARepairCutAreKeptPrivate() throws IOException {
        Path dir = root.resolve("journal");
        try (FileJournal journal = FileJournal.open(dir)) {
            for (int i = 0; i < 10; i++) {
                journal.append(JournalEvent.of(Instant.ofEpochSecond(i), "note", new byte[] {(byte) i}));
            }
        }
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] bytes = SegmentFiles.read(segment);
        bytes[(int) SegmentFiles.offsetOf(segment, 2) + 20] ^= 1;
        SegmentFiles.write(segment, bytes);
        JournalRepair repair = FileJournal.repair(dir).orElseThrow();
        assertThat(mode(repair.keptAt())).isEqualTo("rw-------");
        assertThat(mode(repair.keptAt().getParent())).isEqualTo("rwx------");
    }
}
