package eu.coact.consent;

import eu.coact.consent.internal.ReceiptJson;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's machine-readable copy of one consent decision, aligned with the consent record
 * of ISO/IEC TS 27560 and mappable field by field to the Kantara Consent Receipt v1.1 (see the
 * module README). {@link #toJson()} writes it; the JSON Schema it follows is published in this
 * module as the resource {@value #SCHEMA_RESOURCE}.
 *
 * @param receiptId        unique id, derived from the ledger entry's chain hash
 * @param ledgerSequence   the ledger entry that records the decision
 * @param participant      the participant's pseudonym (never a channel identity)
 * @param controller       the organisation responsible for the data
 * @param controllerContact its data-protection contact
 * @param jurisdiction     the country whose law applies
 * @param sensitive        true when the study handles special categories of data
 * @param kind             the kind of transition, e.g. {@code consent-given}
 * @param at               when it happened
 * @param actor            who caused it
 * @param channel          through which kind of channel
 * @param stage            the participant's stage after it
 * @param role             the participant's role, unless erased
 * @param document         the document that governs the decision, if any
 * @param purposes         each purpose of that document with its status after the decision
 * @param eligibility      what the participant declared, for a consent
 * @param withdrawalMethod how to withdraw, in the study's words
 * @param withdrawal       the choice and the analysed-data policy, for a withdrawal
 */
public record ConsentReceipt(
        String receiptId,
        long ledgerSequence,
        Pseudonym participant,
        String controller,
        String controllerContact,
        String jurisdiction,
        boolean sensitive,
        String kind,
        Instant at,
        Actor actor,
        Channel channel,
        ParticipantState.Stage stage,
        Optional<ParticipationRole> role,
        Optional<DocumentReference> document,
        List<PurposeLine> purposes,
        Optional<Eligibility> eligibility,
        String withdrawalMethod,
        Optional<Withdrawal> withdrawal) {

    /** The class-path resource holding the JSON Schema every receipt follows. */
    public static final String SCHEMA_RESOURCE = "/eu/coact/consent/consent-receipt.schema.json";
    /** The version of the receipt format written in every receipt. */
    public static final String SCHEMA_VERSION = "coact-consent-receipt-1.0";

    /** Checks the parts and copies the list. */
    public ConsentReceipt {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(controllerContact, "controllerContact");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(withdrawalMethod, "withdrawalMethod");
        Objects.requireNonNull(withdrawal, "withdrawal");
        purposes = List.copyOf(purposes);
    }

    /**
     * One purpose on a receipt.
     *
     * @param purpose   the purpose
     * @param mandatory whether taking part requires it
     * @param status    its status after the decision
     */
    public record PurposeLine(PurposeId purpose, boolean mandatory, PurposeStatus status) {
        /** Checks the parts. */
        public PurposeLine {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * What a withdrawal recorded.
     *
     * @param choice       stop contact only, or also erase
     * @param analysedData the study's policy for data already analysed, as declared at that moment
     */
    public record Withdrawal(WithdrawalChoice choice, AnalysedDataPolicy analysedData) {
        /** Checks the parts. */
        public Withdrawal {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(analysedData, "analysedData");
        }
    }

    /** The receipt as a JSON document following the published schema. */
    public String toJson() {
        return ReceiptJson.write(this);
    }
}
