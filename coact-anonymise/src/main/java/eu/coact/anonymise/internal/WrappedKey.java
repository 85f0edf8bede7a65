package eu.coact.anonymise.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The format of a participant's key file in the identity vault: format byte 2, the epoch number
 * (8 bytes, big-endian), and the participant's data key sealed with AES-256-GCM under that
 * epoch's key, bound to the pseudonym and the epoch. Files of format 1 (before epochs) hold only
 * the sealed key, under a key derived from the master key; they are read once, to re-wrap them.
 */
public final class WrappedKey {

    private static final byte FORMAT = 2;
    private static final int HEADER = 1 + Long.BYTES;
    private static final int LEGACY_LENGTH = 12 + 32 + 16;

    private WrappedKey() {}

    /**
     * Wraps a data key under an epoch key.
     *
     * @param epoch     the epoch key
     * @param pseudonym the participant's pseudonym, bound to the result
     * @param dataKey   the key to wrap
     * @return the file content
     */
    public static byte[] seal(EpochKey epoch, String pseudonym, byte[] dataKey) {
        byte[] sealed = AesGcm.seal(epoch.secret(), dataKey, context(pseudonym, epoch.number()));
        return ByteBuffer.allocate(HEADER + sealed.length)
                .put(FORMAT)
                .putLong(epoch.number())
                .put(sealed)
                .array();
    }

    /**
     * The epoch a key file was wrapped in.
     *
     * @param content the file content
     * @return the epoch number, or empty for a format-1 or unknown file
     */
    public static OptionalLong epochOf(byte[] content) {
        if (content.length <= HEADER || content[0] != FORMAT) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ByteBuffer.wrap(content, 1, Long.BYTES).getLong());
    }

    /**
     * Whether a file is in the format from before epochs.
     *
     * @param content the file content
     * @return true for format 1
     */
    public static boolean isLegacy(byte[] content) {
        return content.length == LEGACY_LENGTH;
    }

    /**
     * Unwraps a data key.
     *
     * @param epoch     the current epoch key
     * @param pseudonym the participant
     * @param content   the file content
     * @return the data key, or empty when the file is of another epoch, changed, or not theirs
     */
    public static Optional<byte[]> open(EpochKey epoch, String pseudonym, byte[] content) {
        OptionalLong number = epochOf(content);
        if (number.isEmpty() || number.getAsLong() != epoch.number()) {
            return Optional.empty();
        }
        byte[] sealed = java.util.Arrays.copyOfRange(content, HEADER, content.length);
        return AesGcm.open(epoch.secret(), sealed, context(pseudonym, epoch.number()));
    }

    /**
     * Unwraps a format-1 data key.
     *
     * @param wrappingKey the key derived from the master key for format 1
     * @param pseudonym   the participant
     * @param content     the file content
     * @return the data key, or empty when the file is changed or not theirs
     */
    public static Optional<byte[]> openLegacy(byte[] wrappingKey, String pseudonym, byte[] content) {
        return AesGcm.open(
                wrappingKey, content, ("coact/vault/v1/key/" + pseudonym).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] context(String pseudonym, long epoch) {
        return ("coact/vault/v2/key/" + pseudonym + "/" + epoch).getBytes(StandardCharsets.US_ASCII);
    }
}
