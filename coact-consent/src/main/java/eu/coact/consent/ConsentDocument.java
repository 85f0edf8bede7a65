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
import java.util.Optional;
import java.util.Set;

/**
 * One version of an informed-consent text in one language, with the purposes it asks consent
 * for, and optionally the file that goes with the text (a PDF of the information sheet).
 * Immutable: a changed text or file is a new version. The digest covers exactly what is
 * delivered, so a participant's consent can later be tied to the very words (and file) they got:
 * the SHA-256 of the text's UTF-8 bytes when there is no file; with a file, the SHA-256 of the
 * text's UTF-8 bytes followed by a NUL character and the file's SHA-256 in lower-case hexadecimal
 * ({@link #digestOf(String, Optional)}).
 *
 * <p>Documents live in a study folder's {@code consent/} directory, as Markdown with a YAML
 * front matter or as YAML with a {@code text} field; a {@code file} field names the file, inside
 * the {@code media/} folder beside the {@code consent/} folder. {@link #loadAll(Path,
 * PurposeCatalogue)} reads and validates them all at once.
 *
 * @param id            the document, the same for all its versions and languages
 * @param version       the version, from 1
 * @param language      the language of {@code text}
 * @param role          the participation role this document is for
 * @param effective     the date from which this version is meant to be used
 * @param purposes      the purposes it asks consent for, in presentation order
 * @param mandatory     those of {@code purposes} without which one cannot take part
 * @param text          the exact text shown to participants
 * @param file          the file delivered after the text, when the document has one
 */
public record ConsentDocument(
        DocumentId id,
        int version,
        Language language,
        ParticipationRole role,
        LocalDate effective,
        List<PurposeId> purposes,
        Set<PurposeId> mandatory,
        String text,
        Optional<ConsentFile> file) {

    /** Validates the parts and copies the collections. */
    public ConsentDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
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

    /**
     * This document with a file delivered after its text: a different document, with another digest.
     *
     * @param withFile the file
     * @return the document with the file
     */
    public ConsentDocument withFile(ConsentFile withFile) {
        return new ConsentDocument(
                id, version, language, role, effective, purposes, mandatory, text, Optional.of(withFile));
    }

    /** The lower-case hexadecimal SHA-256 digest of what is delivered: the text, and the file when there is one. */
    public String digest() {
        return digestOf(text, file.map(ConsentFile::sha256));
    }

    /**
     * The digest of a delivered consent document: of the text alone, or of the text and a file.
     *
     * @param text       the text delivered
     * @param fileSha256 the lower-case hexadecimal SHA-256 of the file's bytes delivered after it, if any
     * @return the lower-case hexadecimal SHA-256 digest
     */
    public static String digestOf(String text, Optional<String> fileSha256) {
        Objects.requireNonNull(text, "text");
        // The file's digest has a fixed length after the last NUL, so text and file cannot be confused.
        return fileSha256.map(sha -> Digests.sha256Hex(text + '\u0000' + sha)).orElseGet(() -> Digests.sha256Hex(text));
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
        return "ConsentDocument[" + id + "@" + version + "/" + language + " for " + role.code()
                + file.map(f -> " with " + f.name()).orElse("") + ", sha256 " + digest().substring(0, 12) + "…]";
    }
}
