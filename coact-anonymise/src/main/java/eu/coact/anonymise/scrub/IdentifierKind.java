package eu.coact.anonymise.scrub;

/**
 * The kinds of direct identifier the {@link Scrubber} finds, each with the token that replaces
 * it in scrubbed text.
 */
public enum IdentifierKind {
    /** An e-mail address. */
    EMAIL(true),
    /** A web address ({@code https://...}, {@code www...}, or a bare domain with a path). */
    URL(true),
    /** A social-media handle such as {@code @someone}. */
    HANDLE(true),
    /** A phone number: international, Spanish or German national format. */
    PHONE(true),
    /** A bank account number (IBAN), only when its check digits are right. */
    IBAN(true),
    /**
     * An identity-document or tax number with a valid check character: Spanish DNI and NIE,
     * German tax id (Steuer-ID) and identity-card number.
     */
    ID_DOCUMENT(true),
    /** A postcode in an address (Spanish, German or British). */
    POSTCODE(true),
    /**
     * A street address with its house number, in the forms used in Catalan, Spanish, English,
     * German, French and Italian ("carrer de Mallorca 401", "221B Baker Street",
     * "Hauptstraße 5a", "12 rue de la Paix", "via Roma 10").
     */
    ADDRESS(true),
    /** A date that the text says is a date of birth. */
    DATE_OF_BIRTH(true),
    /** A person's name from the study's gazetteer. */
    NAME(false),
    /** A place (town, street, neighbourhood, institution) from the study's gazetteer. */
    PLACE(false);

    private final boolean structured;

    IdentifierKind(boolean structured) {
        this.structured = structured;
    }

    /**
     * The replacement written into scrubbed text, e.g. {@code [EMAIL]}.
     *
     * @return the token
     */
    public String token() {
        return "[" + name() + "]";
    }

    /**
     * True for identifiers with a fixed shape (and often a checksum), found by pattern;
     * false for names and places, found through the gazetteer.
     *
     * @return whether the kind is structured
     */
    public boolean structured() {
        return structured;
    }
}
