package eu.coact.engine;

import eu.coact.consent.Channel;
import eu.coact.core.Pseudonym;
import java.util.Optional;

/**
 * Which kind of channel each participant takes part on, for a study that runs on several at once
 * (e.g. web chat and Telegram in one server): the consent ledger records each transition with the
 * channel it happened on. Implementations read it from where the channel identity is kept (the
 * identity vault), never from anything the participant said.
 */
@FunctionalInterface
public interface ChannelKinds {

    /**
     * The kind of channel a participant is on.
     *
     * @param participant the pseudonym
     * @return the channel kind, or empty when it is not known (e.g. the link was forgotten)
     */
    Optional<Channel> of(Pseudonym participant);
}
