package eu.coact.consent.internal;

import eu.coact.consent.DocumentReference;
import eu.coact.consent.ParticipationRole;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the ledger knows about a published consent document: enough to check transitions and
 * answer queries, without the text itself (its digest stands for it).
 *
 * @param reference   id, version, language and digest
 * @param role        the role it is for
 * @param effective   the date it was meant to take effect
 * @param purposes    its purposes, in order
 * @param mandatory   its mandatory purposes
 * @param publishedAt when it was published in the ledger
 */
public record PublishedVersion(
        DocumentReference reference,
        ParticipationRole role,
        LocalDate effective,
        List<PurposeId> purposes,
        Set<PurposeId> mandatory,
        Instant publishedAt) {

    /** Copies the collections. */
    public PublishedVersion {
        purposes = List.copyOf(purposes);
        mandatory = Set.copyOf(mandatory);
    }

    /** Same document version (in any language) and same terms. */
    boolean sameTermsAs(PublishedVersion other) {
        return role == other.role
                && effective.equals(other.effective)
                && purposes.equals(other.purposes)
                && mandatory.equals(other.mandatory);
    }
}
