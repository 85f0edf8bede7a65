package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.TextFormat;
import eu.coact.core.BlockId;
import eu.coact.core.MessageId;
import eu.coact.core.Pseudonym;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A free-text answer that goes three ways by its shape, as the original bot's time-zone dialogue
 * did: a valid {@code hh:mm} to a message that shows it, the skip word to another, anything else
 * to a message that asks again and branches the same way.
 */
class TypedBranchTest {

    private static final Pseudonym P = Run.participant(1);

    private static FreeText ask(String id, String question) {
        return new FreeText(
                MessageId.of(id),
                Studies.text(question, question),
                "t",
                100,
                TextFormat.TIME,
                Optional.of(Studies.text("NO", "NO")),
                Pacing.standard(),
                Next.onTyped(
                        MessageId.of("shown"), Optional.of(MessageId.of("kept")), Optional.of(MessageId.of("again"))),
                List.of(new Action.SetProfileField("time", "t")),
                Map.of(),
                DisclosureRole.defaultFor(TextFormat.TIME));
    }

    private static Run started() {
        List<Message> messages = List.of(
                ask("ask", "Your local time (hh:mm), or NO?"),
                ask("again", "That is not hh:mm. Again, or NO?"),
                new Information(
                        MessageId.of("shown"),
                        Studies.text("Your time is {var}.", "La teva hora és {var}."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(),
                        Map.of("var", new Placeholder.Answer("t"))),
                Information.of(
                        MessageId.of("kept"),
                        Studies.text("We keep Barcelona time.", "Hora de Barcelona."),
                        Next.end()));
        ContentBlock block = ContentBlock.of(
                BlockId.of("zone"), BlockKind.QUESTIONNAIRE, Studies.LANGUAGES, messages, Studies.AUTHORS);
        Run run = new Run(Studies.of(List.of(block)));
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.settle();
        return run;
    }

    private static List<String> after(Run run, int before) {
        List<String> texts = run.channel.textsTo(P);
        return texts.subList(before, texts.size());
    }

    @Test
    void aValidTimeIsShownBack() {
        Run run = started();
        int before = run.channel.textsTo(P).size();
        run.type(P, "21:30");
        run.settle();
        assertThat(after(run, before)).containsExactly("Your time is 21:30.");
    }

    @Test
    void theSkipWordInAnyCaseKeepsTheDefault() {
        Run run = started();
        int before = run.channel.textsTo(P).size();
        run.type(P, "no");
        run.settle();
        assertThat(after(run, before)).containsExactly("We keep Barcelona time.");
    }

    @Test
    void anythingElseAsksAgainAndTheRetryBranchesTheSameWay() {
        Run run = started();
        int before = run.channel.textsTo(P).size();
        run.type(P, "9pm");
        run.settle();
        assertThat(after(run, before)).containsExactly("That is not hh:mm. Again, or NO?");
        run.type(P, "half past nine");
        run.settle();
        run.type(P, "21:30");
        run.settle();
        assertThat(after(run, before))
                .containsExactly(
                        "That is not hh:mm. Again, or NO?", "That is not hh:mm. Again, or NO?", "Your time is 21:30.");
    }
}
