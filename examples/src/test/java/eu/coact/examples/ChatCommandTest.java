package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCommandTest {

    private static String study() {
        return Launch.study("tiny-study").toString();
    }

    @Test
    void aScriptedConversationGoesThroughConsentAStoryAndEveryCommand() {
        String typed = String.join(
                "\n",
                "1", // yes, I agree to take part
                ":next", // the first story is scheduled for later: jump there
                "1", // A) Yes
                "1", // confirm
                "help",
                "pause",
                "resume",
                "withdraw",
                "1", // yes, leave
                "2", // do not erase
                "");
        Launch run = Launch.typing(typed, "chat", "--study", study(), "--speed", "10000");
        assertThat(run.exit()).isZero();
        String out = run.out();
        assertThat(out).contains("Do you agree to take part?", "  1) Yes", "Thank you. We start tomorrow.");
        assertThat(out).contains("[image bench.png:");
        assertThat(out.indexOf("Thank you. We start tomorrow.")).isLessThan(out.indexOf("[image bench.png:"));
        assertThat(out).contains("Paused. Write RESUME to continue.", "Welcome back.");
        assertThat(out).containsIgnoringCase("crisis");
        assertThat(out).contains("Do you want to leave the study?");
        assertThat(run.err()).contains("skipping ahead");
    }

    @Test
    void chatsInTheLanguageAsked() {
        Launch run = Launch.typing("1\n", "chat", "--study", study(), "--language", "es", "--speed", "10000");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("¿Aceptas participar?", "Gracias. Empezamos mañana.");
    }

    @Test
    void aLanguageTheStudyDoesNotSpeakIsRefused() {
        Launch run = Launch.typing("", "chat", "--study", study(), "--language", "de");
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.err()).contains("not de");
    }

    @Test
    void aConversationKeptInAJournalContinuesWhereItWas(@TempDir Path dir) {
        String journal = dir.resolve("my-chat").toString();
        Launch first = Launch.typing("1\n", "chat", "--study", study(), "--journal", journal, "--speed", "10000");
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("kept in");
        Launch second =
                Launch.typing(":status\n", "chat", "--study", study(), "--journal", journal, "--speed", "10000");
        assertThat(second.exit()).isZero();
        // Recognised as the same person: no second welcome, and consent already given.
        assertThat(second.out()).doesNotContain("Do you agree to take part?");
        assertThat(second.err()).contains("(active");
    }
}
