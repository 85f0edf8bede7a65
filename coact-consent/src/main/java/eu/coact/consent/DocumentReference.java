package eu.coact.consent;

import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names exactly which text a participant was shown: document, version, language and the
 * SHA-256 digest of the text. Every transition records one, so that what a person agreed to can
 * be demonstrated later (GDPR Art. 7(1)).
 *
 * @param id       the document
 * @param version  its version, from 1
 * @param language the language of the text shown
 * @param digest   the lower-case hexadecimal SHA-256 digest of the text shown
 */
public record DocumentReference(DocumentId id, int version, Language language, String digest) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Validates the parts. */
    public DocumentReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(digest, "digest");
        if (version < 1) {
            throw new IllegalArgumentException("document versions start at 1");
        }
        if (!HEX_SHA256.matcher(digest).matches()) {
            throw new IllegalArgumentException("a document digest is 64 lower-case hexadecimal characters");
        }
    }

    /** {@code id@version/language}, e.g. {@code participant-consent@2/ca}. */
    @Override
    public String toString() {
        return id + "@" + version + "/" + language;
    }
}
