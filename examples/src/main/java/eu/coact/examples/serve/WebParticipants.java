package eu.coact.examples.serve;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.anonymise.IdentityVault;
import eu.coact.core.Pseudonym;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The boundary between browsers and the study's participants. Someone who joins by invite gets a
 * random web id: it is the channel identity, kept in the identity vault (which gives the
 * random pseudonym) and in the person's session cookie, nowhere else. The id says nothing about
 * the person and is never derived from anything they are.
 */
public final class WebParticipants {

    /** The channel name under which web ids are kept in the vault. */
    public static final String CHANNEL = "web";

    private static final int ID_BYTES = 32;
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final IdentityVault vault;
    private final SecureRandom random = new SecureRandom();

    /**
     * A boundary over an open vault; the vault stays the caller's to close.
     *
     * @param vault where web ids are kept, encrypted
     */
    public WebParticipants(IdentityVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /**
     * Admits a new person: a fresh random web id, and its pseudonym in the vault.
     *
     * @return the web id, to put in their session cookie
     */
    public String admitNew() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        vault.admit(ChannelIdentity.of(CHANNEL, id));
        return id;
    }

    /**
     * The pseudonym behind a session cookie's web id.
     *
     * @param webId the id from the cookie, as the browser sent it
     * @return the pseudonym, or empty for an id of the wrong shape, never admitted or forgotten
     */
    public Optional<Pseudonym> find(String webId) {
        if (!ID_SHAPE.matcher(webId).matches()) {
            return Optional.empty();
        }
        return vault.find(ChannelIdentity.of(CHANNEL, webId));
    }

    /**
     * True when the vault still knows a participant as a web participant.
     *
     * @param participant the pseudonym
     * @return whether messages can still reach them
     */
    public boolean reachable(Pseudonym participant) {
        return vault.identityOf(participant)
                .filter(i -> i.channel().equals(CHANNEL))
                .isPresent();
    }

    /**
     * Forgets a participant's web id: their cookie no longer leads anywhere.
     *
     * @param participant the pseudonym
     * @return true when the vault knew them
     */
    public boolean forget(Pseudonym participant) {
        return vault.forget(participant);
    }

    /** Names the vault only. */
    @Override
    public String toString() {
        return "WebParticipants[" + vault + "]";
    }
}
