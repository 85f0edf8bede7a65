package eu.coact.examples.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a team member's role lets them see on the dashboard. */
public enum TeamRole {
    /** Runs the study: the funnel, activity, deliveries, invitations, the consent audit and the weekly summary. */
    COORDINATOR("coordinator", true, true),
    /** Interprets the results: the funnel and activity, not the consent audit, the weekly summary or invitations. */
    CO_RESEARCHER("co-researcher", false, false),
    /** Checks that consent was respected: the funnel, the consent audit and the weekly summary, no invitations. */
    DATA_PROTECTION_OFFICER("data-protection-officer", true, false);

    private final String word;
    private final boolean consentAudit;
    private final boolean invites;

    TeamRole(String word, boolean consentAudit, boolean invites) {
        this.word = word;
        this.consentAudit = consentAudit;
        this.invites = invites;
    }

    /** The word for the role in the team file. */
    public String word() {
        return word;
    }

    /** True when the role may open the consent audit. */
    public boolean seesConsentAudit() {
        return consentAudit;
    }

    /**
     * True when the role may open the weekly summary. It counts consent changes of the week, which
     * are the consent audit's, so it goes to the roles that see the audit: the coordinator, who
     * reports on the study, and the data-protection officer, who checks it.
     */
    public boolean seesWeeklySummary() {
        return consentAudit;
    }

    /** True when the role may create invitations. */
    public boolean invites() {
        return invites;
    }

    /**
     * The role a word in the team file names.
     *
     * @param word e.g. {@code co-researcher}
     * @return the role, or empty for an unknown word
     */
    public static Optional<TeamRole> of(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.word.equals(wanted)).findFirst();
    }
}
