package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.csv.CsvWriter;
import eu.coact.core.files.FileTrees;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataPackageJson;
import eu.coact.export.datapackage.DataPackageReader;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.TableSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicReleaseTest {

    @TempDir
    Path releases;

    @Test
    void aCompleteReleaseAppearsWithAllItsFilesAndReadsBackValid() throws IOException {
        Path target = releases.resolve("coact-1.0.0");
        DataPackage pkg = DataPackage.builder("coact")
                .resource(DataResource.csv(
                        "answers",
                        "data/answers.csv",
                        TableSchema.of(List.of(
                                Field.of("participant", FieldType.STRING), Field.of("attempts", FieldType.INTEGER)))))
                .build();

        AtomicRelease.write(target, files -> {
            files.writeString(DataPackageJson.FILE_NAME, DataPackageJson.render(pkg));
            try (OutputStream out = files.create("data/answers.csv");
                    CsvWriter csv = CsvWriter.open(out, List.of("participant", "attempts"))) {
                csv.writeRow("p-0001", "1");
                csv.writeRow("p-0002", "3");
            }
        });

        CheckedPackage read = DataPackageReader.standard().read(target).orElseThrow();
        assertThat(read.rows("answers")).isEqualTo(2);
        assertThat(siblings()).containsExactly("coact-1.0.0");
    }

    @Test
    void theReleaseIsPrivateToItsOwnerWhateverTheUmask() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                releases.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = AtomicRelease.write(releases.resolve("r"), files -> {
            files.writeString("datapackage.json", "{}");
            files.writeString("codebook/codes.csv", "a\r\n");
        });
        assertThat(mode(target)).isEqualTo("rwx------");
        assertThat(mode(target.resolve("codebook"))).isEqualTo("rwx------");
        assertThat(mode(target.resolve("datapackage.json"))).isEqualTo("rw-------");
        assertThat(mode(target.resolve("codebook/codes.csv"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aFailureMidReleaseLeavesNothingBehind() {
        Path target = releases.resolve("coact-1.0.0");

        assertThatThrownBy(() -> AtomicRelease.write(target, files -> {
                    files.writeString("datapackage.json", "{}");
                    try (OutputStream out = files.create("answers.csv");
                            CsvWriter csv = CsvWriter.open(out, List.of("a"))) {
                        csv.writeRow("1");
                        throw new IOException("disk full (injected)");
                    }
                }))
                .hasMessage("disk full (injected)");

        assertThat(target).doesNotExist();
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aPublishedReleaseIsNeverOverwritten() throws IOException {
        Path target = releases.resolve("coact-1.0.0");
        AtomicRelease.write(target, files -> files.writeString("README.txt", "first"));

        assertThatThrownBy(() -> AtomicRelease.write(target, files -> files.writeString("README.txt", "second")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("never overwritten");

        assertThat(Files.readString(target.resolve("README.txt"))).isEqualTo("first");
        assertThat(siblings()).containsExactly("coact-1.0.0");
    }

    @Test
    void filesCannotEscapeTheReleaseOrBeWrittenTwice() {
        assertThatThrownBy(() ->
                        AtomicRelease.write(releases.resolve("r"), files -> files.writeString("../outside.txt", "x")))
                .hasMessageContaining("stays inside the release");
        assertThatThrownBy(() -> AtomicRelease.write(releases.resolve("r"), files -> {
                    files.writeString("a.txt", "x");
                    files.writeString("a.txt", "y");
                }))
                .hasMessageContaining("already has a file 'a.txt'");
        assertThat(releases.resolve("outside.txt")).doesNotExist();
        assertThat(siblings()).isEmpty();
    }

    @Property(tries = 40)
    void eitherTheWholeReleaseOrNothing(
            @ForAll @IntRange(min = 1, max = 8) int fileCount, @ForAll @IntRange(min = 0, max = 9) int failAt)
            throws IOException {
        Path dir = Files.createTempDirectory("coact-releases");
        try {
            Path target = dir.resolve("release");
            try {
                AtomicRelease.write(target, files -> {
                    for (int i = 0; i < fileCount; i++) {
                        if (i == failAt) {
                            throw new IllegalStateException("injected failure before file " + i);
                        }
                        files.writeString("part-" + i + "/file.csv", "n\r\n" + i + "\r\n");
                    }
                });
            } catch (IllegalStateException expected) {
                assertThat(failAt).isLessThan(fileCount);
            }
            try (Stream<Path> left = Files.list(dir)) {
                List<String> names = left.map(p -> p.getFileName().toString()).toList();
                if (failAt < fileCount) {
                    assertThat(names).isEmpty();
                } else {
                    assertThat(names).containsExactly("release");
                    for (int i = 0; i < fileCount; i++) {
                        assertThat(Files.readString(target.resolve("part-" + i + "/file.csv")))
                                .isEqualTo("n\r\n" + i + "\r\n");
                    }
                }
            }
        } finally {
            FileTrees.delete(dir);
        }
    }

    private List<String> siblings() {
        try (Stream<Path> list = Files.list(releases)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
