package eu.coact.examples.serve;

import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Outgoing;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the engine's messages to web participants: each message goes into the participant's
 * {@link WebMailbox}, from which their open page receives it by server-sent events (or fetches it
 * by polling). The content markup is rendered to HTML by {@link WebMarkup}, everything else escaped.
 *
 * <p>A participant the identity vault no longer knows as a web participant is
 * {@link Delivery#blocked()}. After a farewell (the participant withdrew) the web id is forgotten
 * once the page has shown it, so the cookie then leads nowhere.
 */
public final class WebChannel implements Channel {

    private final WebParticipants participants;
    private final WebMailbox mailbox;
    private final MediaFolder media;
    private final Set<Pseudonym> leaving = ConcurrentHashMap.newKeySet();

    /**
     * A channel over a mailbox.
     *
     * @param participants who can be reached
     * @param mailbox      where messages wait for their page
     * @param media        the study's media folder, whose files the pages fetch
     */
    public WebChannel(WebParticipants participants, WebMailbox mailbox, Path media) {
        this.participants = Objects.requireNonNull(participants, "participants");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.media = new MediaFolder(Objects.requireNonNull(media, "media"));
    }

    /** Who can be reached on the web. */
    WebParticipants participants() {
        return participants;
    }

    /** Where messages wait for their page. */
    WebMailbox mailbox() {
        return mailbox;
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        if (!participants.reachable(envelope.to())) {
            return Delivery.blocked();
        }
        Outgoing message = envelope.message();
        String html = WebMarkup.html(message.text());
        WebMailbox.Draft draft;
        if (message instanceof Outgoing.Picture picture) {
            draft = new WebMailbox.Draft(
                    html, picture.file(), "image", picture.alt(), picture.buttons(), envelope.question());
        } else if (message instanceof Outgoing.Document document) {
            if (document.promised().isPresent()
                    && !media.read(document.file())
                            .asOptional()
                            .map(document::keptBy)
                            .orElse(false)) {
                // A consent file replaced since it was published is not offered as the published one:
                // what the ledger records as shown is what the page can fetch now.
                return Delivery.failed("the document file is not the one the study published");
            }
            draft = new WebMailbox.Draft(html, document.file(), "document", "", List.of(), "");
        } else {
            draft = new WebMailbox.Draft(html, "", "text", "", message.buttons(), envelope.question());
        }
        mailbox.put(envelope.to(), draft);
        if (envelope.origin().kind() == ContentKind.FAREWELL) {
            leaving.add(envelope.to());
        }
        return Delivery.delivered();
    }

    /**
     * Called once a page has shown a participant's messages: someone who has left is forgotten now.
     *
     * @param participant the pseudonym
     * @return true when they were leaving and are now forgotten
     */
    boolean shown(Pseudonym participant) {
        if (leaving.remove(participant)) {
            participants.forget(participant);
            mailbox.drop(participant);
            return true;
        }
        return false;
    }

    /** Names nothing personal. */
    @Override
    public String toString() {
        return "WebChannel[" + mailbox + "]";
    }
}
