package eu.coact.core.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the special files a hostile study folder can hold. */
final class Hostile {

    private Hostile() {}

    /** A FIFO at a path; the test is skipped where the system cannot make one. */
    static Path fifo(Path at) throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "mkfifo is needed");
        Process process =
                new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
        assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo worked");
        return at;
    }

    /** A link to {@code /dev/zero}; the test is skipped where there is none. */
    static Path devZero(Path at) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is needed");
        return Files.createSymbolicLink(at, Path.of("/dev/zero"));
    }
}
