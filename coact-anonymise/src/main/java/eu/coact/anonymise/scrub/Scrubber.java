package eu.coact.anonymise.scrub;

import eu.coact.anonymise.scrub.internal.ScrubEngine;
import java.util.Objects;

/**
 * Removes direct identifiers from free text (microstories, open answers) in Catalan, Spanish,
 * English and German before anyone else reads it: e-mail addresses, web addresses, social
 * handles, phone numbers, IBANs, identity-document and tax numbers, postcodes, dates of birth,
 * and the names and places of the study's {@link Gazetteer}. Each is replaced by a typed token
 * such as {@code [PHONE]}; the {@link ScrubReport} counts them by kind, never keeping values.
 *
 * <pre>{@code
 * Scrubber scrubber = Scrubber.with(Gazetteer.read(Path.of("gazetteer.yaml")).orElseThrow());
 * Scrubbed result = scrubber.scrub("Soc la Núria, truca'm al 612 34 56 78");
 * result.text();    // "Soc la [NAME], truca'm al [PHONE]"
 * result.report();  // {NAME=1, PHONE=1}
 * }</pre>
 *
 * <p>Scrubbing is idempotent: scrubbing a scrubbed text changes nothing. Structured identifiers
 * with a check character (IBAN, DNI, NIE, German tax and card numbers) are reported only when
 * the check is right. Names and places not in the gazetteer are not found: no statistical
 * name recogniser is used. Thread-safe.
 */
public final class Scrubber {

    private static final Scrubber STANDARD = new Scrubber(Gazetteer.empty());

    private final Gazetteer gazetteer;
    private final ScrubEngine engine;

    private Scrubber(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.engine = new ScrubEngine(gazetteer.names(), gazetteer.places());
    }

    /**
     * A scrubber for structured identifiers only (no names or places).
     *
     * @return the scrubber
     */
    public static Scrubber standard() {
        return STANDARD;
    }

    /**
     * A scrubber for structured identifiers and the names and places of a gazetteer.
     *
     * @param gazetteer the study's names and places
     * @return the scrubber
     */
    public static Scrubber with(Gazetteer gazetteer) {
        return new Scrubber(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /**
     * Scrubs one text.
     *
     * @param text the text as written by a person
     * @return the text with identifiers replaced, and the counts
     */
    public Scrubbed scrub(String text) {
        return engine.scrub(Objects.requireNonNull(text, "text"));
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "Scrubber[" + gazetteer + "]";
    }
}
