package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a JPMS application uses it: a small named module that requires the SDK's
 * modules is compiled and run on the module path (not the class path the other tests use), so a
 * package missing from an {@code exports}, a {@code requires} that is not transitive where the
 * API needs it, or a resource a module cannot see fails here.
 */
class ModulePathSmokeTest {

    /** Third-party libraries the SDK's modules need at run time, by their folder in a repository. */
    private static final List<String> RUNTIME_LIBRARIES = List.of(
            "/com/fasterxml/",
            "/org/yaml/",
            "/org/bouncycastle/",
            "/org/hibernate/validator/",
            "/jakarta/",
            "/org/jboss/logging/",
            "/org/glassfish/expressly/",
            "/com/networknt/",
            "/com/ethlo/",
            "/org/slf4j/");

    private static final List<String> SDK_MODULES =
            List.of("coact-core", "coact-consent", "coact-anonymise", "coact-content", "coact-engine", "coact-export");

    private static final String MODULE_INFO = """
            module smoke {
                requires eu.coact.export;
                requires eu.coact.engine;
            }
            """;

    private static final String MAIN = """
            package smoke;

            import eu.coact.consent.ConsentPolicy;
            import eu.coact.content.Study;
            import eu.coact.content.authoring.ContentReader;
            import eu.coact.core.Pseudonym;
            import eu.coact.core.journal.FileJournal;
            import eu.coact.core.journal.Journal;
            import eu.coact.core.journal.JournalEvent;
            import eu.coact.core.problem.Validated;
            import eu.coact.engine.EngineSettings;
            import eu.coact.export.ReleaseConfigReader;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Path;
            import java.time.Instant;

            public final class Main {
                public static void main(String[] args) {
                    Path study = Path.of(args[0]);
                    Validated<Study> content = ContentReader.standard().readStudy(study);
                    System.out.println("content " + content.isValid());
                    System.out.println("policy " + ConsentPolicy.load(study.resolve("consent-policy.yaml")).isValid());
                    System.out.println("settings " + EngineSettings.read(study).isValid());
                    System.out.println("release " + ReleaseConfigReader.read(study.resolve("release.yaml")).isValid());
                    try (Journal journal = FileJournal.open(Path.of(args[1]))) {
                        journal.append(JournalEvent.about(Pseudonym.of("smoke-test-participant"), Instant.EPOCH,
                                "smoke.tested", "{}".getBytes(StandardCharsets.UTF_8)));
                        System.out.println("journal " + journal.verify().isIntact());
                    }
                }
            }
            """;

    @Test
    void theStudyApiRunsAsANamedModuleOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> modulePath = modulePath();
        Path sources = dir.resolve("src");
        Files.createDirectories(sources.resolve("smoke"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("smoke/Main.java"), MAIN);
        Path classes = dir.resolve("classes");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "--release",
                "17",
                "-d",
                classes.toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                sources.resolve("module-info.java").toString(),
                sources.resolve("smoke/Main.java").toString());
        assertThat(compiled)
                .as("the smoke module compiles against the SDK's exported API")
                .isZero();

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                classes + File.pathSeparator + String.join(File.pathSeparator, modulePath),
                "-m",
                "smoke/smoke.Main",
                Path.of("studies", "dementia-carers").toAbsolutePath().toString(),
                dir.resolve("journal").toString()));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("content true", "policy true", "settings true", "release true", "journal true");
    }

    /** The SDK's own modules and the libraries they need, as the test run found them. */
    private static List<String> modulePath() {
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace(File.separatorChar, '/');
            boolean sdk = SDK_MODULES.stream()
                    .anyMatch(m -> unix.contains("/" + m + "/target/classes")
                            || unix.matches(".*/" + m + "(/[^/]+)?/" + m + "-[^/]*\\.jar"));
            boolean library = RUNTIME_LIBRARIES.stream().anyMatch(unix::contains);
            if ((sdk || library) && !unix.endsWith("-tests.jar")) {
                path.add(entry);
            }
        }
        assertThat(path).as("the SDK's modules on the test class path").hasSizeGreaterThan(SDK_MODULES.size());
        return path;
    }
}
