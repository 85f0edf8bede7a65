package eu.coact.engine;

import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a conversation engine records consent in a study's {@link ConsentLedger}, which then is
 * the source of consent truth: the ledger decides who may be contacted, and every decision made
 * in the chat (consent given with its purposes, refused, pause, resume, withdrawal with the
 * choice to erase) is recorded there as a transition before the engine writes its own events.
 *
 * <p>The ledger and the engine may keep their facts in one journal or in two: each reads only
 * its own event types (the ledger those starting with {@code consent.}, the engine its
 * {@code participant.}, {@code conversation.} and {@code delivery.} events). One journal is
 * simpler to keep and to verify, and an erasure then redacts the conversation together with the
 * consent record in one pass.
 *
 * @param ledger          the study's consent ledger
 * @param documents       the published consent documents participants are shown in the chat;
 *                        for each decision the engine uses the newest version of the named
 *                        document in the participant's language (or the first language found)
 * @param channel         the kind of channel the conversations run on, recorded with each transition
 *                        of a participant whose channel {@code kinds} does not know
 * @param ageField        the profile field holding the age a participant declared (set by a
 *                        {@code set-profile-field} action), e.g. {@code age}
 * @param ageByConsenting the age that accepting the consent text declares when the study asks
 *                        none (the text then says that taking part confirms being at least that
 *                        old); empty: consent without a declared age is not recorded
 * @param kinds           the kind of channel of each participant, for a study on several channels;
 *                        {@link #of} knows none, so {@code channel} is recorded for everyone
 */
public record LedgerConsent(
        ConsentLedger ledger,
        List<ConsentDocument> documents,
        Channel channel,
        String ageField,
        OptionalInt ageByConsenting,
        ChannelKinds kinds) {

    /** Checks presence and copies the documents. */
    public LedgerConsent {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ageField, "ageField");
        Objects.requireNonNull(ageByConsenting, "ageByConsenting");
        Objects.requireNonNull(kinds, "kinds");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("the engine needs the consent documents participants are shown");
        }
    }

    /**
     * Consent recorded in a ledger, the declared age read from the profile field {@code age}.
     *
     * @param ledger    the study's consent ledger
     * @param documents the published consent documents shown in the chat
     * @param channel   the kind of channel
     * @return the binding
     */
    public static LedgerConsent of(ConsentLedger ledger, List<ConsentDocument> documents, Channel channel) {
        return new LedgerConsent(ledger, documents, channel, "age", OptionalInt.empty(), p -> Optional.empty());
    }

    /**
     * This binding for a study whose consent text says that taking part confirms being at least
     * {@code years} old: a participant who consents without being asked their age is recorded
     * with that age.
     *
     * @param years the age that consenting declares
     * @return the binding
     */
    public LedgerConsent withAgeDeclaredByConsenting(int years) {
        return new LedgerConsent(ledger, documents, channel, ageField, OptionalInt.of(years), kinds);
    }

    /**
     * This binding for a study on several channels at once: each transition is recorded with the
     * channel its participant is on, and with {@link #channel()} where that is not known.
     *
     * @param participantsChannels the kind of channel of each participant
     * @return the binding
     */
    public LedgerConsent withChannelKinds(ChannelKinds participantsChannels) {
        return new LedgerConsent(ledger, documents, channel, ageField, ageByConsenting, participantsChannels);
    }

    /**
     * The kind of channel to record a participant's transition with.
     *
     * @param participant the pseudonym
     * @return their channel when known, else the study's {@link #channel()}
     */
    public Channel channelOf(Pseudonym participant) {
        return kinds.of(participant).orElse(channel);
    }

    /**
     * The document a decision answers, in a participant's language if there is a version in it.
     *
     * @param id       the document named by the decision; empty: the only document there is
     * @param language the participant's language
     * @return the newest version, or empty when no document (or, with no id, more than one) fits
     */
    public Optional<ConsentDocument> document(Optional<DocumentId> id, Language language) {
        List<ConsentDocument> named = documents.stream()
                .filter(d -> id.map(d.id()::equals).orElse(true))
                .toList();
        if (id.isEmpty() && named.stream().map(ConsentDocument::id).distinct().count() > 1) {
            return Optional.empty();
        }
        Comparator<ConsentDocument> newest = Comparator.comparingInt(ConsentDocument::version);
        return named.stream()
                .filter(d -> d.language().equals(language))
                .max(newest)
                .or(() -> named.stream().max(newest));
    }
}
