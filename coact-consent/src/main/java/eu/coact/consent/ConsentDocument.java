package eu.coact.consent;

import eu.coact.consent.internal.ConsentDocumentLoader;
import eu.coact.consent.internal.Digests;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.PurposeId;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of an informed-consent text in one language, with the purposes it asks consent
 * for. Immutable: a changed text is a new version. The digest is the SHA-256 of the exact text
 * shown, so a participant's consent can later be tied to the very words they read.
 *
 * <p>Documents live in a study folder's {@code consent/} directory, as Markdown with a YAML
 * front matter or as YAML with a {@code text} field; {@link #loadAll(Path, PurposeCatalogue)}
 * reads and validates them all at once.
 *
 * @param id            the document, the same for all its versions and languages
 * @param version       the version, from 1
 * @param language      the language of {@code text}
 * @param role          the participation role this document is for
 * @param effective     the date from which this version is meant to be used
 * @param purposes      the purposes it asks consent for, in presentation order
 * @param mandatory     those of {@code purposes} without which one cannot take part
 * @param text          the exact text shown to participants
 */
public record ConsentDocument(
        DocumentId id,
        int version,
        Language language,
        ParticipationRole role,
        LocalDate effective,
        List<PurposeId> purposes,
        Set<PurposeId> mandatory,
        String text) {

    /** Validates the parts and copies the collections. */
    public ConsentDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(text, "text");
        purposes = List.copyOf(purposes);
        mandatory = Set.copyOf(mandatory);
        if (version < 1) {
            throw new IllegalArgumentException("document versions start at 1");
        }
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("a consent document asks consent for at least one purpose");
        }
        if (Set.copyOf(purposes).size() != purposes.size()) {
            throw new IllegalArgumentException("a consent document lists each purpose once");
        }
        if (!purposes.containsAll(mandatory)) {
            throw new IllegalArgumentException("a mandatory purpose must be one of the document's purposes");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a consent document needs a text");
        }
    }

    /** The lower-case hexadecimal SHA-256 digest of the UTF-8 bytes of {@link #text()}. */
    public String digest() {
        return Digests.sha256Hex(text);
    }

    /** The reference that transitions record: id, version, language and digest. */
    public DocumentReference reference() {
        return new DocumentReference(id, version, language, digest());
    }

    /**
     * Reads and validates one consent document file ({@code .md} with front matter, or
     * {@code .yaml}/{@code .yml}/{@code .json}).
     *
     * @param file      the file
     * @param catalogue the study's purposes; the document may only name these
     * @return the document, or every problem found, each with file, path and line
     */
    public static Validated<ConsentDocument> load(Path file, PurposeCatalogue catalogue) {
        return ConsentDocumentLoader.standard(catalogue).load(file);
    }

    /**
     * Reads and validates every consent document of a {@code consent/} directory as a whole:
     * each file on its own, then the set (no version given twice in one language, the
     * translations of a version agree on role, purposes and date).
     *
     * @param consentDirectory  the directory
     * @param catalogue         the study's purposes
     * @return all documents, ordered by id, version and language; or every problem found
     */
    public static Validated<List<ConsentDocument>> loadAll(Path consentDirectory, PurposeCatalogue catalogue) {
        return ConsentDocumentLoader.standard(catalogue).loadAll(consentDirectory);
    }

    /** Names the document and digest; the text is long and stays out of logs. */
    @Override
    public String toString() {
        return "ConsentDocument[" + id + "@" + version + "/" + language + " for " + role.code() + ", sha256 "
                + digest().substring(0, 12) + "…]";
    }
}
