package eu.coact.examples.telegram;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.anonymise.IdentityVault;
import eu.coact.core.Pseudonym;
import java.util.Objects;
import java.util.Optional;

/**
 * The boundary between Telegram chats and the study's participants. A private chat's id is a
 * channel identity: it enters the identity vault, which gives the participant a random pseudonym,
 * and it is read back from the vault only at the moment a message is sent. Nothing else in the
 * application (engine, journal, logs) ever holds a chat id.
 *
 * <p>The pseudonyms are the vault's random ones, not computed from the chat id with the study's
 * {@link eu.coact.anonymise.Pseudonymiser}: a chat id is a number that can be enumerated, so a
 * computed pseudonym could be recomputed by whoever later obtains the key ring, even for someone
 * the vault has forgotten. A random pseudonym links to nobody once the vault's record is gone.
 */
public final class TelegramParticipants {

    /** The channel name under which chat ids are kept in the vault. */
    public static final String CHANNEL = "telegram";

    private final IdentityVault vault;

    /**
     * A boundary over an open vault; the vault stays the caller's to close.
     *
     * @param vault where chat ids are kept, encrypted
     */
    public TelegramParticipants(IdentityVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /**
     * The pseudonym of the person in a private chat, admitting them to the vault the first time.
     *
     * @param chatId the private chat's id
     * @return their pseudonym
     */
    public Pseudonym admit(long chatId) {
        return vault.admit(identity(chatId));
    }

    /**
     * The pseudonym of a chat already admitted, without admitting it.
     *
     * @param chatId the private chat's id
     * @return the pseudonym, or empty for a chat never admitted (or forgotten)
     */
    public Optional<Pseudonym> find(long chatId) {
        return vault.find(identity(chatId));
    }

    /**
     * The chat to send a participant's messages to.
     *
     * @param participant the pseudonym
     * @return the chat id, or empty when the vault does not know (or has forgotten) them
     */
    Optional<Long> chatOf(Pseudonym participant) {
        return vault.identityOf(participant)
                .filter(identity -> identity.channel().equals(CHANNEL))
                .flatMap(identity -> parse(identity.reveal()));
    }

    /**
     * Forgets a participant's chat: nothing can reach them or link them to it any more.
     *
     * @param participant the pseudonym
     * @return true when the vault knew them
     */
    public boolean forget(Pseudonym participant) {
        return vault.forget(participant);
    }

    private static ChannelIdentity identity(long chatId) {
        return ChannelIdentity.of(CHANNEL, Long.toString(chatId));
    }

    private static Optional<Long> parse(String revealed) {
        try {
            return Optional.of(Long.parseLong(revealed));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Names the vault only. */
    @Override
    public String toString() {
        return "TelegramParticipants[" + vault + "]";
    }
}
