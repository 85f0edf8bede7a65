package eu.coact.engine.internal;

import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages held back after a transient delivery failure, as journal payload fields: the failed
 * message and those queued behind it are journalled as they are held, so that a restart retries
 * them at the same time instead of losing them. Only the path of failures pays for this; a
 * message delivered at the first try writes nothing more.
 */
final class HeldMessages {

    /** Separates a button's value from its label, and buttons from each other: never in authored text. */
    private static final char UNIT = '\u001f';

    private static final char RECORD = '\u001e';

    private HeldMessages() {}

    /**
     * The payload of a held message, after the given leading fields.
     *
     * @param envelope the message
     * @param leading  names and values written first
     * @return names and values in turn
     */
    static String[] fields(Envelope envelope, String... leading) {
        List<String> out = new ArrayList<>(List.of(leading));
        Outgoing message = envelope.message();
        String form;
        if (message instanceof Outgoing.Picture picture) {
            form = "picture";
            add(out, "file", picture.file());
            add(out, "alt", picture.alt());
        } else if (message instanceof Outgoing.Document document) {
            form = "document";
            add(out, "file", document.file());
            if (!document.sha256().isEmpty()) {
                add(out, "sha256", document.sha256());
            }
        } else {
            form = "text";
        }
        add(out, "form", form);
        add(out, "text", message.text());
        if (!message.buttons().isEmpty()) {
            StringBuilder buttons = new StringBuilder();
            for (Button button : message.buttons()) {
                if (buttons.length() > 0) {
                    buttons.append(RECORD);
                }
                buttons.append(button.value()).append(UNIT).append(button.label());
            }
            add(out, "buttons", buttons.toString());
        }
        add(out, "kind", envelope.origin().kind().name());
        add(out, "reference", envelope.origin().reference());
        if (!envelope.question().isEmpty()) {
            add(out, "question", envelope.question());
        }
        return out.toArray(new String[0]);
    }

    /**
     * The message held in a payload.
     *
     * @param to     the participant
     * @param fields the payload
     * @return the envelope, or null when the payload was redacted
     */
    static Envelope read(Pseudonym to, Fields fields) {
        String form = fields.get("form");
        String text = fields.get("text");
        if (form == null || text == null) {
            return null;
        }
        List<Button> buttons = new ArrayList<>();
        String written = fields.get("buttons");
        if (written != null) {
            for (String button : written.split(String.valueOf(RECORD), -1)) {
                int unit = button.indexOf(UNIT);
                buttons.add(new Button(button.substring(0, unit), button.substring(unit + 1)));
            }
        }
        Outgoing message = switch (form) {
            case "picture" -> new Outgoing.Picture(fields.get("file"), text, fields.get("alt"), buttons);
            case "document" ->
                new Outgoing.Document(
                        fields.get("file"), text, fields.get("sha256") == null ? "" : fields.get("sha256"));
            default -> new Outgoing.Text(text, buttons);
        };
        String question = fields.get("question");
        return new Envelope(
                to,
                message,
                new Origin(ContentKind.valueOf(fields.get("kind")), fields.get("reference")),
                question == null ? "" : question);
    }

    private static void add(List<String> out, String name, String value) {
        out.add(name);
        out.add(value);
    }
}
