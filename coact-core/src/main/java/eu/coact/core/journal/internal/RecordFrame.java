package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The on-disk form of one journal record in a segment file.
 *
 * <pre>
 * frame  = magic[4] bodyLength[4] crc32c(body)[4] body
 * body   = version[1] flags[1] sequence[8] epochSecond[8] nano[4]
 *          subjectLength[2] subject typeLength[2] type
 *          payloadDigest[32] previousHash[32] hash[32]
 *          salt[16] payloadLength[4] payload padding
 * </pre>
 *
 * <p>A redacted record keeps its frame length (it is overwritten in place) but has flag bit 0
 * set, an all-zero salt, payload length 0 and only zero bytes where the payload was: neither the
 * payload nor its length survives. Only redacted records may have padding.
 */
public final class RecordFrame {

    /** Marks the start of every frame; lets recovery tell a torn tail from damage in the middle. */
    public static final int MAGIC = 0xC0AC7A01;
    /** Bytes before the body: magic, body length, checksum. */
    public static final int HEADER_BYTES = 12;

    private static final byte VERSION = 1;
    private static final byte FLAG_REDACTED = 1;
    private static final int HASH = 32;
    private static final int FIXED_BODY = 1 + 1 + 8 + 8 + 4 + 2 + 2 + 3 * HASH + ChainHash.SALT_LENGTH + 4;
    /** Smallest possible body length. */
    public static final int MIN_BODY = FIXED_BODY + 1;
    /** Largest possible body length: a maximal payload with the longest subject and type. */
    public static final int MAX_BODY = FIXED_BODY + 128 + JournalEvent.MAX_TYPE_LENGTH + JournalEvent.MAX_PAYLOAD_BYTES;

    private RecordFrame() {}

    /** Encodes a record (redacted or not) as a complete frame. */
    public static byte[] encode(StoredRecord record) {
        byte[] subject = record.subject() == null
                ? new byte[0]
                : record.subject().value().getBytes(StandardCharsets.UTF_8);
        byte[] type = record.type().getBytes(StandardCharsets.UTF_8);
        byte[] payload = record.redacted() ? new byte[0] : record.payload();
        int bodyLength = FIXED_BODY + subject.length + type.length + payload.length;
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + bodyLength);
        frame.putInt(MAGIC).putInt(bodyLength).putInt(0);
        frame.put(VERSION)
                .put(record.redacted() ? FLAG_REDACTED : 0)
                .putLong(record.sequence())
                .putLong(record.at().getEpochSecond())
                .putInt(record.at().getNano());
        frame.putShort((short) subject.length)
                .put(subject)
                .putShort((short) type.length)
                .put(type);
        frame.put(record.payloadDigest()).put(record.previousHash()).put(record.hash());
        frame.put(record.redacted() ? new byte[ChainHash.SALT_LENGTH] : record.salt());
        frame.putInt(payload.length).put(payload);
        byte[] bytes = frame.array();
        ByteBuffer.wrap(bytes).putInt(8, crc(bytes, HEADER_BYTES, bodyLength));
        return bytes;
    }

    /**
     * The same frame with salt and payload overwritten by zeros, payload length 0 and the
     * redacted flag set; same length, so it can replace the original in place.
     */
    public static byte[] redact(byte[] frame) {
        byte[] copy = frame.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int bodyLength = buffer.getInt(4);
        int at = HEADER_BYTES + 1;
        copy[at] = FLAG_REDACTED;
        at += 1 + 8 + 8 + 4;
        at += 2 + Short.toUnsignedInt(buffer.getShort(at));
        at += 2 + Short.toUnsignedInt(buffer.getShort(at));
        at += 3 * HASH;
        Arrays.fill(copy, at, HEADER_BYTES + bodyLength, (byte) 0);
        buffer.putInt(8, crc(copy, HEADER_BYTES, bodyLength));
        return copy;
    }

    /** The body length a frame header announces, or -1 if the header is not a frame header. */
    public static int bodyLength(ByteBuffer header) {
        if (header.getInt(0) != MAGIC) {
            return -1;
        }
        int length = header.getInt(4);
        return length < MIN_BODY || length > MAX_BODY ? -1 : length;
    }

    /** True when the frame's body matches the checksum in its header. */
    public static boolean checksumMatches(byte[] frame, int offset, int bodyLength) {
        int stored = ByteBuffer.wrap(frame, offset + 8, 4).getInt();
        return stored == crc(frame, offset + HEADER_BYTES, bodyLength);
    }

    /**
     * Decodes a complete frame whose checksum was already checked.
     *
     * @throws IllegalArgumentException if the body is not a well-formed record
     */
    public static StoredRecord decode(byte[] frame, int offset) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(frame, offset, frame.length - offset);
            buffer.getInt();
            int bodyLength = buffer.getInt();
            buffer.getInt();
            int end = offset + HEADER_BYTES + bodyLength;
            if (buffer.get() != VERSION) {
                throw new IllegalArgumentException("unknown record version");
            }
            byte flags = buffer.get();
            boolean redacted = (flags & FLAG_REDACTED) != 0;
            long sequence = buffer.getLong();
            Instant at = Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            String subject = string(buffer, Short.toUnsignedInt(buffer.getShort()));
            String type = string(buffer, Short.toUnsignedInt(buffer.getShort()));
            byte[] digest = bytes(buffer, HASH);
            byte[] previous = bytes(buffer, HASH);
            byte[] hash = bytes(buffer, HASH);
            byte[] salt = bytes(buffer, ChainHash.SALT_LENGTH);
            int payloadLength = buffer.getInt();
            if (payloadLength < 0 || buffer.position() + payloadLength > end) {
                throw new IllegalArgumentException("payload length out of bounds");
            }
            byte[] payload = bytes(buffer, payloadLength);
            if (!redacted && buffer.position() != end) {
                throw new IllegalArgumentException("bytes after the payload");
            }
            while (buffer.position() < end) {
                if (buffer.get() != 0) {
                    throw new IllegalArgumentException("a redacted record still holds payload bytes");
                }
            }
            Pseudonym who = subject.isEmpty() ? null : Pseudonym.of(subject);
            return redacted
                    ? new StoredRecord(sequence, at, who, type, null, null, digest, previous, hash)
                    : new StoredRecord(sequence, at, who, type, salt, payload, digest, previous, hash);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "malformed record: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String string(ByteBuffer buffer, int length) {
        return new String(bytes(buffer, length), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
