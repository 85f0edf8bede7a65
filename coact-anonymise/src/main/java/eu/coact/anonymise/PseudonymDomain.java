package eu.coact.anonymise;

import eu.coact.core.PurposeId;
import eu.coact.core.StudyId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a pseudonym is valid: one study and one purpose. The same person gets unrelated
 * pseudonyms in two domains, even under the same key, so two studies (or the participant
 * records and an open-data release) cannot be joined on the pseudonym.
 *
 * @param study   the study
 * @param purpose what the pseudonyms are for, e.g. {@code participation}
 */
public record PseudonymDomain(StudyId study, PurposeId purpose) {

    /** Requires both parts. */
    public PseudonymDomain {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(purpose, "purpose");
    }

    /**
     * The domain of a study and purpose.
     *
     * @param study   the study
     * @param purpose the purpose
     * @return the domain
     */
    public static PseudonymDomain of(StudyId study, PurposeId purpose) {
        return new PseudonymDomain(study, purpose);
    }

    /**
     * The domain from two ids as written.
     *
     * @param study   the study id
     * @param purpose the purpose id
     * @return the domain
     */
    public static PseudonymDomain of(String study, String purpose) {
        return new PseudonymDomain(StudyId.of(study), PurposeId.of(purpose));
    }

    /**
     * An unambiguous encoding: a label, then each part prefixed by its length, so that no two
     * different domains (e.g. {@code ab}+{@code c} and {@code a}+{@code bc}) encode the same.
     */
    byte[] encode(String label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePart(out, label);
        writePart(out, study.value());
        writePart(out, purpose.value());
        return out.toByteArray();
    }

    static void writePart(ByteArrayOutputStream out, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
    }
}
