package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hierarchy and table files that try to make the reader leak, hang or exhaust memory. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileHierarchyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aHierarchyLinkedToASystemFileIsRefusedAndItsContentNeverShown() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd));
        Path link = Files.createSymbolicLink(dir.resolve("age.csv"), passwd);
        Problem problem = only(Hierarchy.readCsv(link));
        assertThat(problem.code()).isEqualTo("file-is-link");
        assertThat(problem.location().source()).isEqualTo(link.toString());
        assertThat(problem.message()).doesNotContain("root");
        assertThat(only(Hierarchy.readYaml(Files.createSymbolicLink(dir.resolve("age.yaml"), passwd)))
                        .code())
                .isEqualTo("file-is-link");
        assertThat(only(Table.readCsv(Files.createSymbolicLink(dir.resolve("t.csv"), passwd), ';'))
                        .code())
                .isEqualTo("file-is-link");
    }

    @Test
    void devZeroAsAHierarchyIsRefusedWithoutReadingIt() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(only(Hierarchy.readCsv(Path.of("/dev/zero"))).code()).isEqualTo("file-not-regular");
        assertThat(only(Hierarchy.readCsv(Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"))))
                        .code())
                .isEqualTo("file-is-link");
    }

    @Test
    void aFifoAsAHierarchyDoesNotHang() throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo worked");
        Problem problem = only(Hierarchy.readCsv(fifo));
        assertThat(problem.code()).isEqualTo("file-not-regular");
        assertThat(problem.location().source()).isEqualTo(fifo.toString());
    }

    @Test
    void quotedValuesFollowRfc4180AndABrokenQuoteIsAProblemWithItsLine() {
        Validated<Table> table = Table.parseCsv("t.csv", "a;b\n\"x;y\";2\n", ';');
        assertThat(table.orElseThrow().columns()).containsExactly("a", "b");
        Problem problem = only(Table.parseCsv("t.csv", "a;b\n1;\"open\n", ';'));
        assertThat(problem.code()).isEqualTo("malformed-csv");
        assertThat(problem.location().line()).isEqualTo(2);
    }

    private static Problem only(Validated<?> result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems().asList()).hasSize(1);
        return result.problems().asList().get(0);
    }
}
