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

        String rendered = dom(chromium, "dom", page);

        assertThat(occurrences(rendered, "role=\"img\"")).isEqualTo(3);
        assertThat(occurrences(rendered, "<span class=\"bar\"")).isEqualTo(13);
        assertThat(rendered)
                .contains("<figcaption id=\"chart-1-title\">Participation funnel</figcaption>")
                .contains("<figcaption id=\"chart-2-title\">Answers per microstory</figcaption>")
                .contains("<figcaption id=\"chart-3-title\">Have you had the same experience?</figcaption>")
                .contains("<caption>Data: Participation funnel</caption>");
        screenshots(chromium, page, "sample-report");
    }

    @Test
    void theReportOfAStudyReleaseRendersItsFunnelStoriesAndIndicatorChartsWithoutConsoleErrors() throws Exception {
        Path chromium = chromium();
        Path page = eu.coact.export.ReleaseFixture.sampleRelease(dir).resolve("report.html");

        String rendered = dom(chromium, "release-dom", page);

        // Funnel, answers per microstory, and the indicator by gender, age band, lived experience and caregiving.
        assertThat(occurrences(rendered, "role=\"img\"")).isEqualTo(6);
        assertThat(occurrences(rendered, "<span class=\"bar\"")).isGreaterThanOrEqualTo(10);
        assertThat(rendered)
                .contains(">Participation funnel</figcaption>")
                .contains(">Answers per microstory</figcaption>")
                .contains(">Has had the same experience, by answer to \u201cYour gender?\u201d</figcaption>")
                .contains(
                        ">Has had the same experience, by answer to \u201cDo you care for someone?\u201d</figcaption>")
                .contains("Release risk summary")
                .contains("Has had the same experience: 1 out of 2 answers");
        // Labels from the codebook, not the stored codes.
        assertThat(rendered)
                .contains("<span class=\"label\">Woman</span>")
                .contains("<span class=\"label\">Man</span>")
                .doesNotContain("<span class=\"label\">woman</span>");
        // The title block.
        assertThat(rendered)
                .contains("About this release")
                .contains("<th scope=\"row\">Version</th><td class=\"text\">1.0.0</td>")
                .contains("Creative Commons Attribution 4.0 International (CC-BY-4.0)")
                .contains("none yet: this release is not registered")
                .contains(
                        "Co-researchers of the release test (2026). CoAct release test (Version 1.0.0) [Data set]. Research group.")
                .contains("Method: Participants answered first-person microstories")
                .contains("k-anonymity (k = 2)")
                .contains("<th scope=\"row\">Small-cell threshold</th><td class=\"number\">10</td>");
        screenshots(chromium, page, "release-report-en");
    }

    @Test
    void aCatalanReleaseIsWrittenInCatalanThroughout() throws Exception {
        Path chromium = chromium();
        Path page = eu.coact.export.ReleaseFixture.sampleRelease(dir, "ca").resolve("report.html");

        String rendered = dom(chromium, "release-ca-dom", page);

        assertThat(rendered)
                .contains("<html lang=\"ca\">")
                .contains(">Embut de participació</figcaption>")
                .contains("Sobre aquesta publicació")
                .contains("Com citar-la")
                .contains(">Ha viscut la mateixa experiència, segons la resposta a «El teu gènere?»</figcaption>")
                .contains("<span class=\"label\">Dona</span>")
                .contains("<span class=\"label\">Home</span>")
                .contains("Ha viscut la mateixa experiència: 1 de cada 2 respostes");
        String visible = rendered.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
        for (String english : List.of(
                "Participation",
                "not shown",
                "Answers per",
                "Release risk",
                "Category",
                "other answers",
                "About this release",
                "out of")) {
            assertThat(visible).as("English left in a Catalan report").doesNotContain(english);
        }
        screenshots(chromium, page, "release-report-ca");
    }

    private String dom(Path chromium, String name, Path page) throws IOException, InterruptedException {
        Run dom = run(chromium, name, "--dump-dom", page.toUri().toString());
        assertThat(dom.exitCode).as(dom.stderr).isZero();
        assertThat(consoleErrors(dom.stderr)).isEmpty();
        return dom.stdout;
    }

    /** A desktop (1280 px) and a phone (375 px) screenshot, kept under target/chromium for people to look at. */
    private void screenshots(Path chromium, Path page, String name) throws IOException, InterruptedException {
        for (int[] size : List.of(new int[] {1280, 4200}, new int[] {375, 9000})) {
            Path screenshot = dir.resolve(name + "-" + size[0] + ".png");
            Run shot = run(
                    chromium,
                    name + "-shot-" + size[0],
                    "--screenshot=" + screenshot,
                    "--window-size=" + size[0] + "," + size[1],
                    "--hide-scrollbars",
                    page.toUri().toString());
            assertThat(shot.exitCode).as(shot.stderr).isZero();
            assertThat(consoleErrors(shot.stderr)).isEmpty();
            byte[] png = Files.readAllBytes(screenshot);
            assertThat(png.length).isGreaterThan(10_000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            // The PNG header holds the width: the page was laid out at the width asked for.
            assertThat(java.nio.ByteBuffer.wrap(png, 16, 4).getInt()).isEqualTo(size[0]);
            keepForPeople(screenshot);
        }
    }

    private Run run(Path chromium, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile-" + name)),
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exitCode, String stdout, String stderr) {}

    /** Lines where the page itself reported a problem: console errors and uncaught exceptions. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines()
                .filter(l -> l.contains("ERROR:CONSOLE")
                        || l.contains("Uncaught")
                        || l.contains("Content Security Policy")
                        || l.contains("Refused to"))
                .toList();
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
        Files.copy(
                screenshot,
                target.resolve(screenshot.getFileName().toString()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path chromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("COACT_CHROMIUM"))
                .map(Paths::get)
                .filter(Files::isExecutable);
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
            String message =
                    "Chromium is not installed (Debian: apt-get install chromium); the rendered report cannot be checked";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ", and under CI it must be");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }
}
