package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ShortMicrostory;
import eu.coact.content.StoryArbitraries;
import eu.coact.content.Study;
import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ShortFormRoundTripTest {

    @Provide
    Arbitrary<Study> studies() {
        return StoryArbitraries.studies();
    }

    static Path write(Study study, Path folder, ContentWriter writer) throws IOException {
        writer.writeStudy(study, folder);
        for (ShortMicrostory story : study.shortStories().values()) {
            for (String file : StoryArbitraries.mediaFiles(story)) {
                Files.writeString(folder.resolve("media").resolve(file), "image");
            }
        }
        return folder;
    }

    @Property(tries = 60)
    void aStudyOfShortFormStoriesWrittenAsYamlReadsBackEqual(@ForAll("studies") Study study) throws IOException {
        Path folder = write(study, Files.createTempDirectory("short-form"), ContentWriter.yaml());

        Validated<Study> read = ContentReader.standard().readStudy(folder);
        delete(folder);

        assertThat(read.problems().errors()).as(read.problems().render()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(study);
        assertThat(read.orElseThrow().shortStories()).isEqualTo(study.shortStories());
    }

    @Property(tries = 40)
    void aStudyOfShortFormStoriesWrittenAsJsonReadsBackEqualAndMatchesTheSchemas(@ForAll("studies") Study study)
            throws IOException {
        Path folder = write(study, Files.createTempDirectory("short-form"), ContentWriter.json());

        Validated<Study> read = ContentReader.standard().readStudy(folder);
        var studySchema = Schemas.check(Schemas.STUDY, tree(folder.resolve("study.json")));
        Map<String, Object> blockFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("blocks"))) {
            for (Path file : files.toList()) {
                blockFiles.put(Files.readString(file), Schemas.check(Schemas.BLOCK, tree(file)));
            }
        }
        delete(folder);

        assertThat(read.problems().errors()).as(read.problems().render()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(study);
        assertThat(studySchema).isEmpty();
        blockFiles.forEach((text, problems) -> {
            assertThat(text).contains("\"microstory\"");
            assertThat((java.util.Collection<?>) problems).as(text).isEmpty();
        });
    }

    static void delete(Path folder) throws IOException {
        FileTrees.delete(folder);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(Path file) {
        return DocumentReader.standard().read(file).orElseThrow().root();
    }
}
