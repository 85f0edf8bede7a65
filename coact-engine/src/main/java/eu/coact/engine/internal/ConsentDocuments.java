package eu.coact.engine.internal;

import eu.coact.consent.ConsentDocument;

/**
 * How a consent document travels as a message: its envelope's reference names the document, so
 * that its delivery (also after a retry, or a restart in between) is recorded against it.
 */
final class ConsentDocuments {

    /** The start of the reference of a message that is a consent document. */
    static final String PREFIX = "consent-document ";

    private ConsentDocuments() {}

    /** The envelope reference of a document: {@code consent-document <id> <version> <language>}. */
    static String reference(ConsentDocument document) {
        return PREFIX + document.id().value() + " " + document.version() + " "
                + document.language().tag();
    }

    /** True when a reference names a consent document. */
    static boolean isDocument(String reference) {
        return reference.startsWith(PREFIX);
    }
}
