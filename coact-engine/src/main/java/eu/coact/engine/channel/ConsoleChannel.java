package eu.coact.engine.channel;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.content.FormattedText;
import eu.coact.core.Pseudonym;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation in a terminal, for trying content: one person, messages printed as text, buttons
 * numbered so that typing {@code 2} presses the second one. Texts in the content markup ({@link
 * FormattedText}) are printed as plain text, without the marks. Images and documents are shown by
 * file name, with the image's alternative text.
 */
public final class ConsoleChannel implements Channel {

    private final BufferedReader in;
    private final PrintWriter out;
    private final Pseudonym participant;
    private List<Button> lastButtons = List.of();
    private String lastQuestion = "";

    private ConsoleChannel(BufferedReader in, PrintWriter out, Pseudonym participant) {
        this.in = in;
        this.out = out;
        this.participant = participant;
    }

    /**
     * A console conversation.
     *
     * @param in       where the person's lines come from
     * @param out      where messages are printed
     * @param boundary turns the console user into a pseudonym
     * @param user     a name for the console user, e.g. the operating-system account; never stored
     * @return the channel
     */
    public static ConsoleChannel of(BufferedReader in, PrintWriter out, ChannelPseudonyms boundary, String user) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Pseudonym pseudonym = boundary.pseudonymOf(ChannelIdentity.of("console", user));
        return new ConsoleChannel(in, out, pseudonym);
    }

    /** The console user's pseudonym. */
    public Pseudonym participant() {
        return participant;
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        if (!envelope.to().equals(participant)) {
            return Delivery.blocked();
        }
        Outgoing message = envelope.message();
        if (message instanceof Outgoing.Picture picture) {
            out.println("[image " + picture.file() + ": " + plain(picture.alt()) + "]");
        } else if (message instanceof Outgoing.Document document) {
            out.println("[document " + document.file() + "]");
        }
        if (!message.text().isEmpty()) {
            out.println(plain(message.text()));
        }
        List<Button> buttons = message.buttons();
        for (int i = 0; i < buttons.size(); i++) {
            out.println("  " + (i + 1) + ") " + plain(buttons.get(i).label()));
        }
        if (!buttons.isEmpty()) {
            lastButtons = buttons;
            lastQuestion = envelope.question();
        }
        out.flush();
        return Delivery.delivered();
    }

    /**
     * Reads the person's next line: the number of a button shown last presses it; anything else
     * is typed text.
     *
     * @param now the current instant, stamped on the reply
     * @return the reply, or empty at the end of input
     */
    public Optional<Inbound> readReply(Instant now) {
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("the console could not be read", e);
        }
        if (line == null) {
            return Optional.empty();
        }
        String typed = line.strip();
        if (typed.matches("[0-9]{1,2}")) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= lastButtons.size()) {
                return Optional.of(Inbound.press(
                        participant, lastQuestion, lastButtons.get(number - 1).value(), now));
            }
        }
        return Optional.of(Inbound.typed(participant, line, now));
    }

    /** Texts are in the content markup: a terminal shows them plain, a link as its label and address. */
    private static String plain(String text) {
        return FormattedText.parse(text, (code, why) -> {})
                .map(FormattedText::plainText)
                .orElse(text);
    }
}
