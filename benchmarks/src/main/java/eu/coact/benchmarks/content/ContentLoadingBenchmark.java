package eu.coact.benchmarks.content;

import eu.coact.content.Study;
import eu.coact.content.authoring.ContentReader;
import eu.coact.content.authoring.ContentValidator;
import eu.coact.content.authoring.ContentWriter;
import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading and validating a generated study folder (YAML, four languages, media files present):
 * the target is under one second for 500 blocks. Validation alone is measured at 100, 500 and
 * 2,000 blocks to show that its cost grows linearly with the number of messages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContentLoadingBenchmark {

    /** Microstories in the generated study (plus four system blocks). */
    @Param({"100", "500", "2000"})
    public int blocks;

    private Path folder;
    private Study study;

    /** Writes the generated study as YAML files, with its media files, once per trial. */
    @Setup
    public void write() throws IOException {
        study = GeneratedStudy.of(blocks);
        folder = Files.createTempDirectory("coact-content-bench");
        ContentWriter.yaml().writeStudy(study, folder);
        for (int i = 0; i < blocks; i++) {
            Files.writeString(folder.resolve("media").resolve("story_" + i + ".png"), "png");
        }
        Validated<Study> check = ContentReader.standard().readStudy(folder);
        if (!check.isValid() || !check.problems().isEmpty()) {
            throw new IllegalStateException(
                    "the generated study should be clean:\n" + check.problems().render());
        }
        System.out.println("\n" + blocks + " stories, " + GeneratedStudy.messages(study) + " messages");
    }

    /** Removes the generated folder. */
    @TearDown
    public void remove() throws IOException {
        FileTrees.delete(folder);
    }

    /** Reads every file, binds it, and runs every validation rule, as an author's tool would. */
    @Benchmark
    public Validated<Study> loadAndValidate() {
        return ContentReader.standard().readStudy(folder);
    }

    /** Runs every validation rule over a study already in memory. */
    @Benchmark
    public Problems validateOnly() {
        return ContentValidator.standard().validate(study);
    }
}
