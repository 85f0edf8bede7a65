package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.engine.channel.ChannelPseudonyms;
import eu.coact.engine.channel.ConsoleChannel;
import eu.coact.engine.channel.Inbound;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleConversationTest {

    @Test
    void numbersPressTheButtonsShownLastAndEverythingIsPrintedInOrder() {
        String input = String.join("\n", "hello", "1", "2", "help") + "\n";
        StringWriter printed = new StringWriter();
        ConsoleChannel console = ConsoleChannel.of(
                new BufferedReader(new StringReader(input)),
                new PrintWriter(printed),
                ChannelPseudonyms.of(Pseudonymiser.of(
                        PseudonymKey.of(
                                KeyId.of("console"),
                                "console key, long enough for HMAC-SHA-256".getBytes(StandardCharsets.UTF_8)),
                        PseudonymDomain.of("engine-test", "participation"))),
                "alice");
        Instant now = Run.MONDAY_9_MADRID;
        ConversationEngine engine = ConversationEngine.builder(Studies.standard(), new InMemoryJournal(), console)
                .simulation()
                .start(now);
        Optional<Inbound> reply;
        while ((reply = console.readReply(now)).isPresent()) {
            engine.receive(reply.get());
            // Fast-forward through pacing: trying content should not make anyone wait.
            for (int i = 0;
                    i < 20
                            && engine.nextWakeUp()
                                    .filter(t -> !t.isAfter(Run.MONDAY_9_MADRID.plus(Duration.ofHours(1))))
                                    .isPresent();
                    i++) {
                now = engine.nextWakeUp().get().isAfter(now)
                        ? engine.nextWakeUp().get()
                        : now;
                engine.advanceTo(now);
            }
        }
        String text = printed.toString();
        assertThat(text)
                .containsSubsequence(
                        "Welcome to the study.",
                        "Do you consent?",
                        "  1) I consent",
                        "  2) I do not",
                        "Thank you for joining.",
                        "Pau tells a story s1.",
                        "Has it happened to you?",
                        "  2) Something similar",
                        "Thank you for sharing.",
                        "If you are in crisis");
        assertThat(text).doesNotContain("alice");
    }

    @Test
    void textsInTheContentMarkupArePrintedPlain() {
        StringWriter printed = new StringWriter();
        ConsoleChannel console = ConsoleChannel.of(
                new BufferedReader(new StringReader("")),
                new PrintWriter(printed),
                ChannelPseudonyms.of(Pseudonymiser.of(
                        PseudonymKey.of(
                                KeyId.of("console"),
                                "console key, long enough for HMAC-SHA-256".getBytes(StandardCharsets.UTF_8)),
                        PseudonymDomain.of("engine-test", "participation"))),
                "alice");
        console.deliver(new eu.coact.engine.channel.Envelope(
                console.participant(),
                new eu.coact.engine.channel.Outgoing.Text(
                        "**Call** _now_: [Line 024](https://example.org/024), 2\\*3",
                        java.util.List.of(new eu.coact.engine.channel.Button("a", "**Yes**"))),
                new eu.coact.engine.channel.Origin(eu.coact.engine.channel.ContentKind.STUDY, "test")));

        assertThat(printed.toString())
                .contains("Call now: Line 024 (https://example.org/024), 2*3", "  1) Yes")
                .doesNotContain("**", "_now_");
    }
}
