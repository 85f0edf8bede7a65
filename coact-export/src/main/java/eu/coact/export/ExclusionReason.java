package eu.coact.export;

import java.util.Locale;

/** Why a participant known to the study is not in a release. */
public enum ExclusionReason {
    /** They joined but never consented (no consent document accepted, or unknown to the ledger). */
    NEVER_CONSENTED,
    /** They declined to take part. */
    DECLINED,
    /** They withdrew. */
    WITHDRAWN,
    /** Their data was erased. */
    ERASED,
    /** They take part but did not grant (or revoked) the publication purpose. */
    PUBLICATION_REFUSED,
    /** Disclosure control left their record out: their combination of attributes was too rare. */
    DISCLOSURE_SUPPRESSED;

    /** The name used in files, e.g. {@code publication-refused}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
