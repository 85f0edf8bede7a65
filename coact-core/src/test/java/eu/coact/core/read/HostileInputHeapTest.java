package eu.coact.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile shape, at full size, read in a separate JVM limited to a 256 MB heap: each gives a
 * problem report (or is read, for the shapes that are valid), and nothing else reaches the
 * output — no exception, no stack trace, no {@code OutOfMemoryError}. Timings are printed for
 * docs/PERFORMANCE.md but not asserted: a shared test machine's clock proves nothing.
 */
class HostileInputHeapTest {

    @Test
    void everyHostileShapeGivesAProblemReportUnderA256MegabyteHeap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostileCorpusRun.class.getName())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("the run ends").isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        System.out.println("hostile corpus under -Xmx256m (name bytes ms code):" + System.lineSeparator()
                + String.join(System.lineSeparator(), lines));
        assertThat(errors).as("nothing on the error stream").isEmpty();
        assertThat(run.exitValue()).isZero();
        List<HostileShapes.Expected> expected = HostileShapes.all();
        assertThat(lines).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] fields = lines.get(i).split(" ");
            assertThat(fields[0]).isEqualTo(expected.get(i).shape().name());
            String code =
                    expected.get(i).code().isEmpty() ? "valid" : expected.get(i).code();
            assertThat(fields[3]).as(fields[0]).isEqualTo(code);
        }
    }
}
