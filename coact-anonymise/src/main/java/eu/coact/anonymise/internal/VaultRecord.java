package eu.coact.anonymise.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The format of a participant record in the identity vault: format byte 2 and the encoded
 * channel identity sealed with AES-256-GCM under the participant's data key, bound to the
 * pseudonym. Format 1 also held a lookup tag (an HMAC of the identity under a key derived from
 * the master key, which never changes); it is still read, and rewritten in format 2.
 */
public final class VaultRecord {

    private static final byte V1 = 1;
    private static final byte V2 = 2;

    private VaultRecord() {}

    /**
     * Seals an identity.
     *
     * @param dataKey   the participant's key
     * @param pseudonym their pseudonym
     * @param identity  the encoded identity
     * @return the file content
     */
    public static byte[] seal(byte[] dataKey, String pseudonym, byte[] identity) {
        byte[] sealed = AesGcm.seal(dataKey, identity, context(pseudonym));
        return ByteBuffer.allocate(1 + sealed.length).put(V2).put(sealed).array();
    }

    /**
     * Opens a record of either format.
     *
     * @param dataKey   the participant's key
     * @param pseudonym their pseudonym
     * @param record    the file content
     * @return the encoded identity, or empty when the record was changed or is not theirs
     */
    public static Optional<byte[]> open(byte[] dataKey, String pseudonym, byte[] record) {
        if (record.length > 1 && record[0] == V2) {
            return AesGcm.open(dataKey, Arrays.copyOfRange(record, 1, record.length), context(pseudonym));
        }
        if (isLegacy(record)) {
            byte[] tag = Arrays.copyOfRange(record, 1, 1 + HmacSha256.LENGTH);
            byte[] prefix = ("coact/vault/v1/record/" + pseudonym + "/").getBytes(StandardCharsets.US_ASCII);
            byte[] context = Arrays.copyOf(prefix, prefix.length + tag.length);
            System.arraycopy(tag, 0, context, prefix.length, tag.length);
            return AesGcm.open(dataKey, Arrays.copyOfRange(record, 1 + HmacSha256.LENGTH, record.length), context);
        }
        return Optional.empty();
    }

    /**
     * Whether a record is of format 1 (to be rewritten).
     *
     * @param record the file content
     * @return true for format 1
     */
    public static boolean isLegacy(byte[] record) {
        return record.length > 1 + HmacSha256.LENGTH && record[0] == V1;
    }

    private static byte[] context(String pseudonym) {
        return ("coact/vault/v2/record/" + pseudonym).getBytes(StandardCharsets.US_ASCII);
    }
}
