package eu.coact.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.content.authoring.ContentValidator;
import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ShortMicrostoryTest {

    private static final LocalizedText HELP = LocalizedText.of(
            "en", "Write help to see who to talk to.", "es", "Escribe ayuda para ver con quién hablar.");

    private static MicrostoryPattern pattern(Optional<LocalizedText> helpNote) {
        StoryTemplate shareExperience = new StoryTemplate(
                LocalizedText.of("en", "Someone shares.", "es", "Alguien comparte."),
                List.of(new PatternQuestion(
                        "me",
                        LocalizedText.of("en", "Happened to you?", "es", "¿Te ha pasado?"),
                        List.of(
                                Option.of("A", LocalizedText.of("en", "Yes", "es", "Sí")),
                                Option.of("B", LocalizedText.of("en", "No", "es", "No"))),
                        false)),
                LocalizedText.of("en", "Thanks!", "es", "¡Gracias!"));
        return new MicrostoryPattern(
                MicrostoryTest.LANGUAGES,
                Map.of(BlockKind.SHARE_EXPERIENCE, shareExperience),
                MicrostoryTest.pattern(2),
                helpNote);
    }

    private static ShortMicrostory story(BlockKind kind, Set<ContentWarning> warnings) {
        return new ShortMicrostory(
                BlockId.of("Kitchen_table"),
                kind,
                "Marc, a father",
                SocialEnvironment.CLOSE,
                Set.of("family"),
                LocalizedText.of("en", "My son sat with me.", "es", "Mi hijo se sentaba conmigo."),
                Optional.empty(),
                List.of(),
                warnings,
                Authorship.by(List.of("co-researcher Marc"), LocalDate.of(2026, 9, 1), "demo workshop"));
    }

    @Test
    void aSensitiveStoryEndsWithTheStudysHelpNoteAfterItsThanks() {
        ContentBlock block = story(BlockKind.SHARE_EXPERIENCE, Set.of(ContentWarning.SELF_HARM))
                .toBlock(pattern(Optional.of(HELP)));

        assertThat(block.message(MessageId.of("thanks")).orElseThrow().next())
                .isEqualTo(Next.goTo(MessageId.of("help")));
        assertThat(block.message(MessageId.of("help")).orElseThrow().text()).isEqualTo(HELP);
        assertThat(block.sensitivity().helpNote()).contains(MessageId.of("help"));
        assertThat(ContentValidator.standard().validate(block).errors()).isEmpty();
    }

    @Test
    void aStoryWithoutWarningsHasNoHelpNote() {
        ContentBlock block = story(BlockKind.SHARE_EXPERIENCE, Set.of()).toBlock(pattern(Optional.of(HELP)));

        assertThat(block.messages()).doesNotContainKey(MessageId.of("help"));
        assertThat(block.sensitivity()).isEqualTo(Sensitivity.none());
    }

    @Test
    void aKindThePatternDoesNotAskCannotBeExpanded() {
        assertThatThrownBy(() -> story(BlockKind.FIND_SOLUTIONS, Set.of()).toBlock(pattern(Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("find-solutions");
    }

    @Test
    void aStudyRefusesAShortStoryWhoseBlockIsNotItsExpansion() {
        MicrostoryPattern pattern = pattern(Optional.empty());
        ShortMicrostory story = story(BlockKind.SHARE_EXPERIENCE, Set.of());
        ContentBlock changed = story.toBlock(pattern).withScore(3);
        StudyPlan plan = new StudyPlan(
                eu.coact.core.StudyId.of("s"),
                MicrostoryTest.LANGUAGES,
                List.of(story.id()),
                Map.of(),
                Frequency.daily(),
                Set.of(Frequency.daily()));

        assertThatThrownBy(() ->
                        new Study(plan, Map.of(story.id(), changed), Optional.of(pattern), Map.of(story.id(), story)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Study(
                        plan, Map.of(story.id(), story.toBlock(pattern)), Optional.empty(), Map.of(story.id(), story)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Study> studies() {
        return StoryArbitraries.studies();
    }

    @Property(tries = 100)
    void everyExpandedShortStoryIsValidContent(@ForAll("studies") Study study) {
        for (ShortMicrostory story : study.shortStories().values()) {
            assertThat(ContentValidator.standard()
                            .validate(study.blocks().get(story.id()))
                            .errors())
                    .isEmpty();
        }
    }
}
