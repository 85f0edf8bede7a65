package eu.coact.anonymise.disclosure;

/** What an attribute (a column) is to disclosure control. */
public enum AttributeRole {
    /** Identifies a person directly (name, e-mail, channel id): removed from every release. */
    IDENTIFYING,
    /** Could single a person out in combination with others (age, postcode): generalised. */
    QUASI_IDENTIFYING,
    /** Must not be learnt about a person (a diagnosis): protected by l-diversity or t-closeness. */
    SENSITIVE,
    /** Neither: released as it is. */
    INSENSITIVE
}
