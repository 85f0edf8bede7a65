package eu.coact.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.content.authoring.ContentValidator;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MicrostoryTest {

    static final List<Language> LANGUAGES = List.of(Language.of("en"), Language.of("es"));

    static ConfirmAndRetry pattern(int attempts) {
        return new ConfirmAndRetry(
                attempts,
                LocalizedText.of("en", "Do you confirm?", "es", "¿Lo confirmas?"),
                Option.of("Sí", LocalizedText.of("en", "Yes", "es", "Sí")),
                Option.of("No", LocalizedText.of("en", "No", "es", "No")),
                LocalizedText.of("en", "Answer saved.", "es", "Respuesta guardada."),
                FinalAnswer.LAST_ATTEMPT);
    }

    static Microstory story() {
        List<Option> abc = List.of(
                Option.of("A", LocalizedText.of("en", "A) Yes", "es", "A) Sí")),
                Option.of("B", LocalizedText.of("en", "B) Something similar", "es", "B) Algo parecido")),
                Option.of("C", LocalizedText.of("en", "C) Nothing like it", "es", "C) Nada parecido")));
        return new Microstory(
                BlockId.of("Kitchen_table"),
                BlockKind.SHARE_EXPERIENCE,
                LANGUAGES,
                "Marc, a father",
                LocalizedText.of("en", "Marc wants to share something.", "es", "Marc quiere compartir algo."),
                LocalizedText.of(
                        "en",
                        "My son stopped eating with us. I set his plate every night anyway.",
                        "es",
                        "Mi hijo dejó de comer con nosotros. Igualmente le pongo el plato cada noche."),
                Optional.of(new Image(
                        LocalizedText.of("en", "table.png", "es", "table.png"),
                        LocalizedText.of("en", "A kitchen table laid for three.", "es", "Una mesa puesta para tres."))),
                SocialEnvironment.CLOSE,
                Set.of("family"),
                List.of(
                        new StoryQuestion(
                                "me", LocalizedText.of("en", "Has this happened to you?", "es", "¿Te ha pasado?"), abc),
                        new StoryQuestion(
                                "others",
                                LocalizedText.of("en", "To someone around you?", "es", "¿A alguien de tu entorno?"),
                                abc)),
                LocalizedText.of("en", "Thank you!", "es", "¡Gracias!"),
                Authorship.by(List.of("co-researcher Marc"), LocalDate.of(2026, 9, 1), "demo workshop"),
                Sensitivity.none());
    }

    @Test
    void theConfirmAndRetryPatternIsAppliedToEveryQuestionFromOneDefinition() {
        ContentBlock block = story().toBlock(pattern(3));

        assertThat(block.messages().keySet())
                .extracting(MessageId::value)
                .containsExactly(
                        "intro",
                        "story",
                        "me_1",
                        "v_me_1",
                        "me_2",
                        "v_me_2",
                        "me_3",
                        "s_me",
                        "others_1",
                        "v_others_1",
                        "others_2",
                        "v_others_2",
                        "others_3",
                        "s_others",
                        "thanks");
        assertThat(block.messages().get(MessageId.of("v_me_1")).next())
                .isEqualTo(Next.onAnswer(
                        Map.of("Sí", MessageId.of("others_1"), "No", MessageId.of("me_2")), Optional.empty()));
        assertThat(block.story().orElseThrow().questions())
                .extracting(AttemptedQuestion::attempts)
                .containsExactly(List.of("me_1", "me_2", "me_3"), List.of("others_1", "others_2", "others_3"));
        assertThat(block.messages().get(MessageId.of("story"))).isInstanceOf(Media.class);
        assertThat(ContentValidator.standard().validate(block).asList()).isEmpty();
    }

    @Property(tries = 50)
    void everyExpandedMicrostoryIsValidContent(@ForAll @IntRange(min = 1, max = 9) int attempts) {
        ContentBlock block = story().toBlock(pattern(attempts));

        assertThat(ContentValidator.standard().validate(block).asList()).isEmpty();
        assertThat(block.messages()).hasSize(3 + 2 * (2 * attempts));
    }

    @Test
    void theFinalAnswerIsTheLastAttemptGiven() {
        AttemptedQuestion me =
                story().toBlock(pattern(3)).story().orElseThrow().questions().get(0);

        assertThat(me.finalAnswer(Map.of("me_1", "A"))).contains("A");
        assertThat(me.finalAnswer(Map.of("me_1", "A", "me_2", "C"))).contains("C");
        assertThat(me.finalAnswer(Map.of())).isEmpty();
        assertThat(FinalAnswer.FIRST_ATTEMPT.pick(me.attempts(), Map.of("me_1", "A", "me_2", "C")))
                .contains("A");
    }

    @Test
    void onlyTheTwoStoryKindsAreMicrostories() {
        assertThatThrownBy(() -> new Microstory(
                        BlockId.of("x"),
                        BlockKind.QUESTIONNAIRE,
                        LANGUAGES,
                        "t",
                        LocalizedText.empty(),
                        LocalizedText.empty(),
                        Optional.empty(),
                        SocialEnvironment.SOCIETY,
                        Set.of(),
                        List.of(),
                        LocalizedText.empty(),
                        story().authorship(),
                        Sensitivity.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share-experience");
    }
}
