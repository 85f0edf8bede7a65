package eu.coact.engine.internal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.channel.ContentKind;
import java.util.List;

/**
 * The consent gate: asked by the engine right before each message goes to a channel, after the
 * events that led to the message are durable. It decides from recorded facts, never from what
 * the engine believes, so a mistake in the engine cannot send study content to someone who did
 * not consent, paused or left.
 *
 * <p>The rules: before consent, system dialogues and confirmations only; while active,
 * anything but a farewell; while paused or withdrawing, confirmations of the participant's own
 * commands only; after withdrawal, one farewell right after it, then nothing, ever — also after a
 * restart.
 */
@FunctionalInterface
public interface ContactPolicy {

    /**
     * Asks permission to send a message now; a farewell's permission is used up when given.
     *
     * @param participant the recipient
     * @param kind        what the message is
     * @return true when it may be sent
     */
    boolean permit(Pseudonym participant, ContentKind kind);

    /**
     * Told by the engine, after each group commit has returned (so the events are durable),
     * which events it appended and at which sequence numbers. A policy over the same journal
     * uses this to stay current without reading back what was just written; a policy that gets
     * its facts elsewhere (a consent ledger) ignores it.
     *
     * @param firstSequence the sequence number of the first event
     * @param events        the events, in order
     */
    default void appended(long firstSequence, List<JournalEvent> events) {}
}
