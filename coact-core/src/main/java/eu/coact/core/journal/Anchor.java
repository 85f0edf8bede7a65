package eu.coact.core.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.journal.internal.CheckpointMessage;
import eu.coact.core.journal.internal.Ed25519;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A signed checkpoint of a journal: the sequence number and hash of the head of the chain, how
 * many entries were redacted by then and a digest of which, signed with Ed25519. A journal
 * writes checkpoints beside its entries; its latest one, copied somewhere the journal's files
 * are not (a release's metadata, a printout, an e-mail to the ethics committee), is its
 * <em>anchor</em>: a later {@link FileJournal#verify(TrustedKeys, Anchor)} proves that nothing
 * up to it was rewritten, cut or redacted without the key.
 *
 * <p>Immutable; arrays are copied in and out. Never null components.
 *
 * @param sequence        the last entry it covers (0 for an empty journal)
 * @param hash            that entry's hash (32 bytes; all zero for an empty journal)
 * @param redactedEntries how many entries up to it were redacted
 * @param redactionDigest SHA-256 over the redacted sequence numbers, in order (see the module README)
 * @param publicKey       the Ed25519 public key of the signer (32 bytes)
 * @param signature       the Ed25519 signature over the other fields (64 bytes)
 */
public record Anchor(
        long sequence, byte[] hash, long redactedEntries, byte[] redactionDigest, byte[] publicKey, byte[] signature) {

    /** The format name written into every anchor file. */
    public static final String FORMAT = "coact-journal-anchor/1";

    private static final int MAX_JSON = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks lengths and copies the arrays. */
    public Anchor {
        if (sequence < 0 || redactedEntries < 0 || redactedEntries > sequence) {
            throw new IllegalArgumentException("an anchor's sequence and redaction count are 0 or more, and at most "
                    + "as many entries are redacted as exist");
        }
        hash = exact(hash, 32, "hash");
        redactionDigest = exact(redactionDigest, 32, "redaction digest");
        publicKey = exact(publicKey, Ed25519.KEY_BYTES, "public key");
        signature = exact(signature, Ed25519.SIGNATURE_BYTES, "signature");
    }

    private static byte[] exact(byte[] bytes, int length, String what) {
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException("an anchor's " + what + " has " + length + " bytes");
        }
        return bytes.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public byte[] redactionDigest() {
        return redactionDigest.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** True when the signature is valid under the public key the anchor names (which proves nothing about who signed). */
    public boolean signatureMatches() {
        return Ed25519.verify(
                publicKey, CheckpointMessage.of(sequence, hash, redactedEntries, redactionDigest), signature);
    }

    /** The signer's key fingerprint (see {@link TrustedKeys#fingerprint}). */
    public String keyFingerprint() {
        return TrustedKeys.fingerprint(publicKey);
    }

    /** The anchor as a small JSON object, hex for the byte fields. */
    public String toJson() {
        HexFormat hex = HexFormat.of();
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("sequence", sequence);
        node.put("hash", hex.formatHex(hash));
        node.put("redactedEntries", redactedEntries);
        node.put("redactionDigest", hex.formatHex(redactionDigest));
        node.put("publicKey", hex.formatHex(publicKey));
        node.put("signature", hex.formatHex(signature));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an anchor could not be written as JSON", e);
        }
    }

    /**
     * Reads an anchor written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the anchor
     * @throws IllegalArgumentException with a sentence naming the field, when it is not an anchor
     */
    public static Anchor fromJson(String json) {
        if (json.length() > MAX_JSON) {
            throw new IllegalArgumentException("an anchor is a small JSON object (at most " + MAX_JSON
                    + " characters); this text has " + json.length());
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (node == null
                || !node.isObject()
                || !FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException("not a journal anchor: \"format\" must be \"" + FORMAT + "\"");
        }
        return new Anchor(
                number(node, "sequence"),
                bytes(node, "hash"),
                number(node, "redactedEntries"),
                bytes(node, "redactionDigest"),
                bytes(node, "publicKey"),
                bytes(node, "signature"));
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("the anchor's \"" + field + "\" must be a whole number");
        }
        return value.longValue();
    }

    private static byte[] bytes(JsonNode node, String field) {
        JsonNode value = node.path(field);
        try {
            if (!value.isTextual()) {
                throw new IllegalArgumentException("missing");
            }
            return HexFormat.of().parseHex(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the anchor's \"" + field + "\" must be hexadecimal text");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Anchor a
                && sequence == a.sequence
                && redactedEntries == a.redactedEntries
                && Arrays.equals(hash, a.hash)
                && Arrays.equals(redactionDigest, a.redactionDigest)
                && Arrays.equals(publicKey, a.publicKey)
                && Arrays.equals(signature, a.signature);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(hash);
    }

    /** Sequence, hash prefix and key fingerprint. */
    @Override
    public String toString() {
        return "Anchor[#" + sequence + " " + HexFormat.of().formatHex(hash, 0, 6) + "… redacted " + redactedEntries
                + ", key " + keyFingerprint() + "]";
    }
}
