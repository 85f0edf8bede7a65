package eu.coact.consent;

import java.util.Locale;

/** Where one purpose stands for one participant at one instant. */
public enum PurposeStatus {
    /** Granted, and still in force. */
    GRANTED,
    /** Refused, or never asked. */
    REFUSED,
    /**
     * Granted under an older document version whose successor no longer covers it: suspended
     * until the participant accepts the new version.
     */
    AWAITING_RECONSENT,
    /** The participant withdrew, declined or was erased: no purpose applies. */
    WITHDRAWN;

    /** The kebab-case name used in receipts and reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
