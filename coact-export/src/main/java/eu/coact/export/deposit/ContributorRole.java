package eu.coact.export.deposit;

import java.util.Optional;

/** What a contributor did, from the DataCite contributor types that fit citizen-social-science studies. */
public enum ContributorRole {
    /** The person to contact about the data. */
    CONTACT_PERSON("ContactPerson"),
    /** Who curated and documented the data. */
    DATA_CURATOR("DataCurator"),
    /** Who collected the data. */
    DATA_COLLECTOR("DataCollector"),
    /** Who led the project. */
    PROJECT_LEADER("ProjectLeader"),
    /** A group that did the research together, e.g. the co-researchers or the knowledge coalition. */
    RESEARCH_GROUP("ResearchGroup"),
    /** Someone who held the rights. */
    RIGHTS_HOLDER("RightsHolder"),
    /** Who sponsored the study. */
    SPONSOR("Sponsor"),
    /** Any other contribution. */
    OTHER("Other");

    private final String dataCiteName;

    ContributorRole(String dataCiteName) {
        this.dataCiteName = dataCiteName;
    }

    /** The DataCite {@code contributorType} value. */
    public String dataCiteName() {
        return dataCiteName;
    }

    /** The role with this DataCite name. */
    public static Optional<ContributorRole> fromDataCiteName(String name) {
        for (ContributorRole role : values()) {
            if (role.dataCiteName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
