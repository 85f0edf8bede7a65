package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentArbitraries;
import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.MicrostoryPattern;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.StoryArbitraries;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.core.BlockId;
import eu.coact.core.StudyId;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ShortFormRoundTripTest {

    @Provide
    Arbitrary<Study> studies() {
        return ContentArbitraries.languages()
                .flatMap(StoryArbitraries::patterns)
                .flatMap(pattern -> StoryArbitraries.stories(pattern).list().ofMinSize(1).ofMaxSize(4)
                        .uniqueElements(s -> s.id().value().toLowerCase(java.util.Locale.ROOT))
                        .map(stories -> study(pattern, stories)))
                .withoutEdgeCases();
    }

    private static Study study(MicrostoryPattern pattern, List<ShortMicrostory> stories) {
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        Map<BlockId, ShortMicrostory> shortStories = new LinkedHashMap<>();
        for (ShortMicrostory story : stories) {
            blocks.put(story.id(), story.toBlock(pattern));
            shortStories.put(story.id(), story);
        }
        // Stories stand in for the system blocks: the round trip is about the short form.
        Map<SystemRole, BlockId> system = new EnumMap<>(SystemRole.class);
        for (SystemRole role : List.of(SystemRole.WELCOME, SystemRole.PAUSE, SystemRole.RESUME, SystemRole.WITHDRAW)) {
            system.put(role, stories.get(0).id());
        }
        StudyPlan plan = new StudyPlan(StudyId.of("generated"), pattern.languages(),
                stories.stream().map(ShortMicrostory::id).toList(), system, Frequency.daily(), Set.of(Frequency.daily()));
        return new Study(plan, blocks, java.util.Optional.of(pattern), shortStories);
    }

    private static Path write(Study study, Path folder, ContentWriter writer) throws IOException {
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

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(Path file) {
        return DocumentReader.standard().read(file).orElseThrow().root();
    }
}
