package eu.coact.engine;

import static eu.coact.engine.Studies.id;
import static eu.coact.engine.Studies.text;
import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Information;
import eu.coact.content.Next;
import eu.coact.content.Pacing;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A block that declares the next block follows at once: onboarding does not wait for delivery slots. */
class OnboardingPaceTest {

    private static final Pseudonym P = Run.participant(5);

    private static ContentBlock training(boolean atOnce) {
        List<Action> actions = atOnce ? List.of(new Action.NextBlockAtOnce()) : List.of();
        return ContentBlock.of(
                BlockId.of("training"),
                BlockKind.INFORMATION,
                Studies.LANGUAGES,
                List.of(new Information(
                        id("how"),
                        text("This is how it works.", "Així funciona."),
                        Pacing.standard(),
                        Next.end(),
                        actions,
                        Map.of())),
                Studies.AUTHORS);
    }

    private static Run afterTraining(Study study) {
        Run run = new Run(study);
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.advance(Duration.ofMinutes(10));
        return run;
    }

    @Test
    void theBlockAfterOneThatSaysSoFollowsAtOnce() {
        Run run = afterTraining(Studies.of(List.of(training(true), Studies.story("s1"))));
        assertThat(run.channel.textsTo(P)).contains("This is how it works.", "Has it happened to you?");
        assertThat(run.view(P).block()).contains(BlockId.of("s1"));
        // After a restart the participant is where they were.
        run.restart();
        assertThat(run.view(P).block()).contains(BlockId.of("s1"));
    }

    @Test
    void otherwiseTheNextBlockWaitsForTheNextDeliverySlot() {
        Run run = afterTraining(Studies.of(List.of(training(false), Studies.story("s1"))));
        assertThat(run.channel.textsTo(P)).contains("This is how it works.").doesNotContain("Has it happened to you?");
        assertThat(run.view(P).nextDelivery()).isPresent();
    }
}
