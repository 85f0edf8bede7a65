package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentPolicy;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.Study;
import eu.coact.content.SystemRole;
import eu.coact.content.authoring.ContentReader;
import eu.coact.content.authoring.ContentValidator;
import eu.coact.core.Language;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example study folders are real content: they read with the real readers, pass strict
 * validation without a single warning, and match the published schemas.
 */
class ExampleStudiesTest {

    // Tests run in the module's folder; the studies are beside the sources.
    private static final Path STUDIES = Path.of("studies");

    private static final JsonSchema BLOCK_SCHEMA = schema("content-block.schema.json");
    private static final JsonSchema STUDY_SCHEMA = schema("study.schema.json");

    private static JsonSchema schema(String name) {
        try (InputStream in = ContentReader.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Study read(String name) {
        Validated<Study> study = ContentReader.standard()
                .withValidator(ContentValidator.standard().strict())
                .readStudy(STUDIES.resolve(name));
        assertThat(study.problems().asList()).as(study.problems().render()).isEmpty();
        return study.orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coact-mental-health", "dementia-carers"})
    void theStudyReadsUnderStrictValidationWithoutAnyProblem(String name) {
        Study study = read(name);

        assertThat(study.plan().system().keySet())
                .contains(
                        SystemRole.WELCOME,
                        SystemRole.LANGUAGE,
                        SystemRole.FREQUENCY,
                        SystemRole.PAUSE,
                        SystemRole.RESUME,
                        SystemRole.WITHDRAW);
        assertThat(study.blocks().values())
                .extracting(ContentBlock::kind)
                .contains(
                        BlockKind.TRAINING,
                        BlockKind.QUESTIONNAIRE,
                        BlockKind.ENGAGEMENT_MILESTONE,
                        BlockKind.SHARE_EXPERIENCE,
                        BlockKind.FIND_SOLUTIONS);
        assertThat(study.pattern()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coact-mental-health", "dementia-carers"})
    void theConsentPolicyAndDocumentsLoadInEveryLanguageOfTheStudy(String name) {
        Path folder = STUDIES.resolve(name);
        Study study = read(name);

        Validated<ConsentPolicy> policy = ConsentPolicy.load(folder.resolve("consent-policy.yaml"));
        assertThat(policy.problems().asList()).as(policy.problems().render()).isEmpty();
        Validated<List<ConsentDocument>> documents = ConsentDocument.loadAll(
                folder.resolve("consent"), policy.orElseThrow().catalogue());
        assertThat(documents.problems().asList())
                .as(documents.problems().render())
                .isEmpty();

        assertThat(documents.orElseThrow())
                .extracting(ConsentDocument::language)
                .containsExactlyInAnyOrderElementsOf(study.plan().languages());
        assertThat(documents.orElseThrow()).extracting(ConsentDocument::digest).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coact-mental-health", "dementia-carers"})
    void everyFileMatchesThePublishedSchemas(String name) throws IOException {
        Path folder = STUDIES.resolve(name);

        assertThat(STUDY_SCHEMA.validate(tree(folder.resolve("study.yaml")))).isEmpty();
        try (Stream<Path> files = Files.walk(folder.resolve("blocks"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(BLOCK_SCHEMA.validate(tree(file)))
                        .as(file.toString())
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"coact-mental-health"})
    void theDemoStudyHasTwelveShortStoriesOfBothKindsInEveryEnvironmentSomeWithWarningsAndHelp(String name) {
        Study study = read(name);
        Collection<ShortMicrostory> stories = study.shortStories().values();

        assertThat(stories).hasSizeGreaterThanOrEqualTo(12);
        assertThat(stories.stream().map(ShortMicrostory::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(BlockKind.SHARE_EXPERIENCE, BlockKind.FIND_SOLUTIONS);
        assertThat(stories.stream().map(ShortMicrostory::environment).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(SocialEnvironment.class));
        Set<ContentWarning> warnings =
                stories.stream().flatMap(s -> s.warnings().stream()).collect(Collectors.toSet());
        assertThat(warnings).contains(ContentWarning.SUICIDE, ContentWarning.SELF_HARM);
        assertThat(stories)
                .filteredOn(s -> !s.warnings().isEmpty())
                .allSatisfy(
                        s -> assertThat(study.blocks().get(s.id()).sensitivity().helpNote())
                                .isPresent());
        assertThat(study.plan().languages()).extracting(Language::tag).containsExactly("ca", "es", "en", "de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dementia-carers"})
    void theSecondStudyIsInEnglishAndItalianWithItsOwnStories(String name) {
        Study study = read(name);

        assertThat(study.plan().languages()).extracting(Language::tag).containsExactly("en", "it");
        assertThat(study.shortStories()).hasSizeGreaterThanOrEqualTo(4);
    }

    private static JsonNode tree(Path file) {
        return DocumentReader.standard().read(file).orElseThrow().root();
    }
}
