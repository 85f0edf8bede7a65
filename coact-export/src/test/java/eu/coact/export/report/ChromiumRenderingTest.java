package eu.coact.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the report as a person would see it: rendered by a real browser (Debian's headless
 * Chromium), the charts must be in the page and the console must stay free of errors. Skipped
 * when Chromium is not installed, except under CI, where it must be.
 */
class ChromiumRenderingTest {

    @TempDir
    Path dir;

    @Test
    void theSampleReportRendersItsChartsWithoutConsoleErrors() throws Exception {
        Path chromium = chromium();
        Path page = HtmlReport.write(SampleReport.create(), dir.resolve("report.html"));

        Run dom = run(chromium, "dom", "--dump-dom", page.toUri().toString());

        assertThat(dom.exitCode).as(dom.stderr).isZero();
        assertThat(consoleErrors(dom.stderr)).isEmpty();
        String rendered = dom.stdout;
        assertThat(occurrences(rendered, "<svg ")).isEqualTo(3);
        assertThat(occurrences(rendered, "<rect class=\"bar\"")).isEqualTo(15);
        assertThat(rendered).contains("<title id=\"chart-1-title\">Participation funnel</title>")
                .contains("<title id=\"chart-2-title\">Answers per microstory</title>")
                .contains("<title id=\"chart-3-title\">Have you had the same experience?</title>")
                .contains("<caption>Data: Participation funnel</caption>");

        Path screenshot = dir.resolve("report.png");
        Run shot = run(chromium, "shot", "--screenshot=" + screenshot, "--window-size=1280,2400", "--hide-scrollbars",
                page.toUri().toString());

        assertThat(shot.exitCode).as(shot.stderr).isZero();
        assertThat(consoleErrors(shot.stderr)).isEmpty();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        keepForPeople(screenshot);
    }

    @Test
    void theReportOfAStudyReleaseRendersItsFunnelStoriesAndIndicatorChartsWithoutConsoleErrors() throws Exception {
        Path chromium = chromium();
        Path page = eu.coact.export.ReleaseFixture.sampleRelease(dir).resolve("report.html");

        Run dom = run(chromium, "release-dom", "--dump-dom", page.toUri().toString());

        assertThat(dom.exitCode).as(dom.stderr).isZero();
        assertThat(consoleErrors(dom.stderr)).isEmpty();
        String rendered = dom.stdout;
        // Funnel, answers per microstory, and the indicator by gender, age band, lived experience and caregiving.
        assertThat(occurrences(rendered, "<svg ")).isEqualTo(6);
        assertThat(occurrences(rendered, "<rect class=\"bar\"")).isGreaterThanOrEqualTo(10);
        assertThat(rendered).contains(">Participation funnel</title>").contains(">Answers per microstory</title>")
                .contains(">Has had the same experience by gender</title>")
                .contains(">Has had the same experience by carer</title>")
                .contains("Release risk summary").contains("Has had the same experience: 1 out of 2 answers");
    }

    private Run run(Path chromium, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile-" + name)),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** Lines where the page itself reported a problem: console errors and uncaught exceptions. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains("ERROR:CONSOLE") || l.contains("Uncaught")
                || l.contains("Content Security Policy") || l.contains("Refused to")).toList();
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Leaves the screenshot in the build directory so a person can look at it. */
    private static void keepForPeople(Path screenshot) throws IOException {
        Path target = Paths.get("target", "chromium");
        Files.createDirectories(target);
        Files.copy(screenshot, target.resolve("sample-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path chromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("COACT_CHROMIUM")).map(Paths::get).filter(Files::isExecutable);
        if (found.isEmpty()) {
            for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    Path candidate = Paths.get(dirName, name);
                    if (found.isEmpty() && Files.isExecutable(candidate)) {
                        found = Optional.of(candidate);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            String message = "Chromium is not installed (Debian: apt-get install chromium); the rendered report cannot be checked";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ", and under CI it must be");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }
}
