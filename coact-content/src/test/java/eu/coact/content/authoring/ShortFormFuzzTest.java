package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.FuzzTries;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.StoryArbitraries;
import eu.coact.content.Study;
import eu.coact.content.authoring.internal.BlockWriter;
import eu.coact.content.authoring.internal.StoryWriter;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A study whose microstories section or short story has one part broken reads as a report
 * with errors, or as content that still writes back and reads equal; nothing throws.
 */
class ShortFormFuzzTest {

    @Provide
    Arbitrary<Study> studies() {
        return StoryArbitraries.studies();
    }

    @Property
    @FuzzTries(ci = 1000, local = 100)
    void aBrokenSectionOrStoryIsAReportOrStillValidContent(
            @ForAll("studies") Study study,
            @ForAll("places") int where,
            @ForAll("ways") int how,
            @ForAll boolean breakTheStory)
            throws IOException {
        ObjectMapper yaml = DocumentReader.standard().mapper(DocumentFormat.YAML);
        ObjectNode plan = BlockWriter.plan(study.plan());
        ObjectNode section = StoryWriter.pattern(study.pattern().orElseThrow());
        plan.set("microstories", section);
        ShortMicrostory first = study.shortStories().values().iterator().next();
        ObjectNode story = StoryWriter.story(first);
        LoaderFuzzTest.mutate(breakTheStory ? story : section, where, how);
        Path folder =
                ShortFormRoundTripTest.write(study, Files.createTempDirectory("short-form-fuzz"), ContentWriter.yaml());
        Validated<Study> read;
        try {
            Files.writeString(folder.resolve("study.yaml"), yaml.writeValueAsString(plan));
            Files.writeString(
                    folder.resolve("blocks")
                            .resolve(ContentWriter.fileName(study.blocks().get(first.id())) + ".yaml"),
                    yaml.writeValueAsString(story));
            read = ContentReader.standard().readStudy(folder);
        } finally {
            ShortFormRoundTripTest.delete(folder);
        }
        if (read.isValid()) {
            Path again = ShortFormRoundTripTest.write(
                    read.orElseThrow(), Files.createTempDirectory("short-form-fuzz"), ContentWriter.yaml());
            try {
                assertThat(ContentReader.standard().readStudy(again).orElseThrow())
                        .isEqualTo(read.orElseThrow());
            } finally {
                ShortFormRoundTripTest.delete(again);
            }
        }

        if (!read.isValid()) {
            assertThat(read.problems().errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Integer> places() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<Integer> ways() {
        return Arbitraries.integers().between(0, 7);
    }
}
