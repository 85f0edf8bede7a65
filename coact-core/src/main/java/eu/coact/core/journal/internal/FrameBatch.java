package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The frames of one durable write of a file journal, built in place in one reused buffer: each
 * new record is sealed onto the chain (its hash computed straight into its frame) and framed
 * exactly as {@link RecordFrame} defines, without a per-record object or array. Used by the one
 * thread that writes at a time; not thread-safe.
 */
public final class FrameBatch {

    private static final byte VERSION = 1;
    private static final int HASH = 32;
    private static final int FIXED_BODY = 1 + 1 + 8 + 8 + 4 + 2 + 2 + 3 * HASH + ChainHash.SALT_LENGTH + 4;
    // A buffer that grew for an unusually large write is not kept beyond this size.
    private static final int KEEP_BYTES = 8 << 20;

    private final ChainHasher hasher = new ChainHasher();
    private final CRC32C crc = new CRC32C();
    private final byte[] chainTail = new byte[HASH];
    private byte[] bytes = new byte[64 << 10];
    private int length;
    private int[] frameLengths = new int[256];
    private Pseudonym[] subjects = new Pseudonym[256];
    private int count;

    /** An empty batch. */
    public FrameBatch() {}

    /** Starts a new write whose first record follows the entry with hash {@code lastHash}. */
    public void start(byte[] lastHash) {
        if (bytes.length > KEEP_BYTES) {
            bytes = new byte[64 << 10];
        }
        Arrays.fill(subjects, 0, count, null);
        length = 0;
        count = 0;
        System.arraycopy(lastHash, 0, chainTail, 0, HASH);
    }

    /**
     * Seals a new record as the entry after the previous one and appends its frame.
     *
     * @param subject      the participant, or null
     * @param salts        holds the record's salt at {@code saltOffset}
     * @param digests      holds the record's salted payload digest at {@code digestOffset}
     */
    public void add(
            long sequence,
            long epochSecond,
            int nano,
            Pseudonym subject,
            String type,
            byte[] payload,
            byte[] salts,
            int saltOffset,
            byte[] digests,
            int digestOffset) {
        String who = subject == null ? "" : subject.value();
        int subjectLength = Ascii.encodedLength(who);
        int typeLength = Ascii.encodedLength(type);
        int bodyLength = FIXED_BODY + subjectLength + typeLength + payload.length;
        int frameLength = RecordFrame.HEADER_BYTES + bodyLength;
        reserve(frameLength);
        byte[] out = bytes;
        int start = length;
        Ascii.putInt(out, start, RecordFrame.MAGIC);
        Ascii.putInt(out, start + 4, bodyLength);
        int body = start + RecordFrame.HEADER_BYTES;
        out[body] = VERSION;
        out[body + 1] = 0;
        Ascii.putLong(out, body + 2, sequence);
        Ascii.putLong(out, body + 10, epochSecond);
        Ascii.putInt(out, body + 18, nano);
        int at = body + 22;
        Ascii.putShort(out, at, subjectLength);
        at = Ascii.put(who, out, at + 2);
        Ascii.putShort(out, at, typeLength);
        at = Ascii.put(type, out, at + 2);
        int digestAt = at;
        System.arraycopy(digests, digestOffset, out, digestAt, HASH);
        System.arraycopy(chainTail, 0, out, digestAt + HASH, HASH);
        int hashAt = digestAt + 2 * HASH;
        hasher.entryHash(
                chainTail,
                0,
                sequence,
                epochSecond,
                nano,
                subject == null ? null : who,
                type,
                out,
                digestAt,
                out,
                hashAt);
        System.arraycopy(out, hashAt, chainTail, 0, HASH);
        at = hashAt + HASH;
        System.arraycopy(salts, saltOffset, out, at, ChainHash.SALT_LENGTH);
        at += ChainHash.SALT_LENGTH;
        Ascii.putInt(out, at, payload.length);
        System.arraycopy(payload, 0, out, at + 4, payload.length);
        crc.reset();
        crc.update(out, body, bodyLength);
        Ascii.putInt(out, start + 8, (int) crc.getValue());
        length += frameLength;
        if (count == frameLengths.length) {
            frameLengths = Arrays.copyOf(frameLengths, count * 2);
            subjects = Arrays.copyOf(subjects, count * 2);
        }
        frameLengths[count] = frameLength;
        subjects[count] = subject;
        count++;
    }

    private void reserve(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** The frames, one after the other, in {@code bytes()[0..length())}. */
    public byte[] bytes() {
        return bytes;
    }

    /** How many bytes of {@link #bytes()} hold frames. */
    public int length() {
        return length;
    }

    /** How many records the batch holds. */
    public int count() {
        return count;
    }

    /** The frame length of the i-th record. */
    public int frameLength(int i) {
        return frameLengths[i];
    }

    /** The subject of the i-th record, or null. */
    public Pseudonym subject(int i) {
        return subjects[i];
    }

    /** The hash of the last record added (a copy). */
    public byte[] lastHash() {
        return chainTail.clone();
    }
}
