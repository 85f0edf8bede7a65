package eu.coact.consent;

import eu.coact.consent.internal.ConsentPolicyLoader;
import eu.coact.core.PurposeId;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The consent settings a study declares once: who is responsible for the data, which purposes
 * exist, the minimum age, what happens to already-analysed data on withdrawal, and how a
 * participant withdraws. Build one with {@link #builder(String, String)}.
 *
 * @param controller         the organisation responsible for the data (data controller)
 * @param controllerContact  how to reach its data-protection contact, e.g. an e-mail address
 * @param jurisdiction       the ISO 3166-1 alpha-2 country whose law applies, e.g. {@code ES}
 * @param catalogue          the purposes of the study
 * @param minimumAge         the youngest age at which a person may consent on their own
 * @param analysedData       what happens to data already analysed when someone withdraws
 * @param withdrawalMethod   how a participant withdraws, in the words of the study, for receipts
 * @param contactPurpose     the purpose without which nobody is sent study content
 * @param sensitive          true when the study handles special categories of data (e.g. health)
 */
public record ConsentPolicy(
        String controller,
        String controllerContact,
        String jurisdiction,
        PurposeCatalogue catalogue,
        int minimumAge,
        AnalysedDataPolicy analysedData,
        String withdrawalMethod,
        PurposeId contactPurpose,
        boolean sensitive) {

    /** Validates the parts. */
    public ConsentPolicy {
        requireText(controller, "controller");
        requireText(controllerContact, "controller contact");
        requireText(withdrawalMethod, "withdrawal method");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(analysedData, "analysedData");
        Objects.requireNonNull(contactPurpose, "contactPurpose");
        if (!jurisdiction.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a jurisdiction is a two-letter country code such as ES or DE");
        }
        if (minimumAge < 0 || minimumAge > 150) {
            throw new IllegalArgumentException("a minimum age is between 0 and 150 years");
        }
        if (!catalogue.contains(contactPurpose)) {
            throw new IllegalArgumentException("the contact purpose '" + contactPurpose + "' is not in the catalogue");
        }
    }

    /**
     * Reads and validates a study's consent policy file (YAML or JSON), e.g.
     * {@code consent-policy.yaml} beside the study's {@code consent/} directory. Fields:
     * {@code controller}, {@code controller-contact} (required), {@code jurisdiction},
     * {@code minimum-age}, {@code analysed-data}, {@code withdrawal-method},
     * {@code contact-purpose}, {@code sensitive} and {@code purposes} (a list of
     * {@code {id, mandatory}}; the study's five defaults when absent).
     *
     * @param file the policy file
     * @return the policy, or every problem found, each with file, path and line
     */
    public static Validated<ConsentPolicy> load(Path file) {
        return ConsentPolicyLoader.load(file);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " cannot be blank");
        }
    }

    /**
     * Starts a policy with the study's defaults: the five default purposes, minimum age 18,
     * analysed results kept, jurisdiction ES, sensitive data, contact gated by {@code take-part}.
     *
     * @param controller        the organisation responsible for the data
     * @param controllerContact how to reach its data-protection contact
     * @return a builder
     */
    public static Builder builder(String controller, String controllerContact) {
        return new Builder(controller, controllerContact);
    }

    /** Collects the optional parts of a {@link ConsentPolicy}. */
    public static final class Builder {
        private final String controller;
        private final String controllerContact;
        private String jurisdiction = "ES";
        private PurposeCatalogue catalogue = PurposeCatalogue.studyDefaults();
        private int minimumAge = 18;
        private AnalysedDataPolicy analysedData = AnalysedDataPolicy.KEEP_ANALYSED_RESULTS;
        private String withdrawalMethod = "Choose 'leave the study' in the settings of the channel you use, "
                + "or write to the data-protection contact.";
        private PurposeId contactPurpose = Purpose.TAKE_PART.id();
        private boolean sensitive = true;

        private Builder(String controller, String controllerContact) {
            this.controller = controller;
            this.controllerContact = controllerContact;
        }

        /** The two-letter country code whose law applies. */
        public Builder jurisdiction(String countryCode) {
            this.jurisdiction = countryCode;
            return this;
        }

        /** The purposes of the study. */
        public Builder catalogue(PurposeCatalogue purposes) {
            this.catalogue = purposes;
            return this;
        }

        /** The youngest age at which a person may consent on their own. */
        public Builder minimumAge(int years) {
            this.minimumAge = years;
            return this;
        }

        /** What happens to already-analysed data when someone withdraws. */
        public Builder analysedData(AnalysedDataPolicy policy) {
            this.analysedData = policy;
            return this;
        }

        /** How a participant withdraws, in the study's words. */
        public Builder withdrawalMethod(String howTo) {
            this.withdrawalMethod = howTo;
            return this;
        }

        /** The purpose without which nobody is sent study content. */
        public Builder contactPurpose(PurposeId purpose) {
            this.contactPurpose = purpose;
            return this;
        }

        /** Whether the study handles special categories of data. */
        public Builder sensitive(boolean special) {
            this.sensitive = special;
            return this;
        }

        /** The policy; throws {@link IllegalArgumentException} naming the first wrong part. */
        public ConsentPolicy build() {
            return new ConsentPolicy(
                    controller,
                    controllerContact,
                    jurisdiction,
                    catalogue,
                    minimumAge,
                    analysedData,
                    withdrawalMethod,
                    contactPurpose,
                    sensitive);
        }
    }
}
