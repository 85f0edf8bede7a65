package eu.coact.core.journal.internal;

import eu.coact.core.files.PrivateFiles;
import eu.coact.core.journal.Anchor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The append-only file of a journal's signed checkpoints, beside its segments. Each record has
 * a fixed length:
 *
 * <pre>magic[4] sequence[8] hash[32] redactedEntries[8] redactionDigest[32] publicKey[32] signature[64] crc32c[4]</pre>
 *
 * <p>Appends are not forced one by one (a lost checkpoint weakens nothing that was acknowledged;
 * it only leaves more entries covered by the chain alone until the next one); {@link #force()}
 * is called on close and before an anchor is handed out. A torn final record is cut on open; a
 * damaged record elsewhere is kept and reported by verification.
 */
public final class CheckpointFile implements AutoCloseable {

    /** The file's name in the journal directory. */
    public static final String FILE_NAME = "journal.checkpoints";
    /** The length of one record. */
    public static final int RECORD_BYTES = 4 + 8 + 32 + 8 + 32 + 32 + 64 + 4;

    private static final int MAGIC = 0xC0AC7C01;

    private final FileChannel channel;
    private final List<Anchor> checkpoints = new ArrayList<>();
    private final List<String> damage = new ArrayList<>();
    private long size;

    private CheckpointFile(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens (creating if needed) the checkpoint file and reads every record. */
    public static CheckpointFile open(Path directory) throws IOException {
        FileChannel channel = PrivateFiles.openChannel(
                directory.resolve(FILE_NAME),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        CheckpointFile file = new CheckpointFile(channel);
        try {
            file.load();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return file;
    }

    private void load() throws IOException {
        long length = channel.size();
        long whole = length / RECORD_BYTES;
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
        long validEnd = 0;
        for (long i = 0; i < whole; i++) {
            buffer.clear();
            long at = i * RECORD_BYTES;
            while (buffer.hasRemaining() && channel.read(buffer, at + buffer.position()) >= 0) {
                // read until full
            }
            Optional<Anchor> record = decode(buffer.array());
            if (record.isPresent()) {
                checkpoints.add(record.get());
                validEnd = at + RECORD_BYTES;
            } else if (i < whole - 1) {
                damage.add("checkpoint record " + (i + 1) + " (byte offset " + at + ") is damaged");
                validEnd = at + RECORD_BYTES;
            }
        }
        if (validEnd < length) {
            // A checkpoint cut short by a crash: it never counted.
            channel.truncate(validEnd);
            channel.force(false);
        }
        size = validEnd;
    }

    private static Optional<Anchor> decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt(0) != MAGIC || b.getInt(RECORD_BYTES - 4) != crc(bytes)) {
            return Optional.empty();
        }
        b.position(4);
        long sequence = b.getLong();
        byte[] hash = take(b, 32);
        long redacted = b.getLong();
        byte[] digest = take(b, 32);
        byte[] key = take(b, 32);
        byte[] signature = take(b, 64);
        try {
            return Optional.of(new Anchor(sequence, hash, redacted, digest, key, signature));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Encodes one checkpoint as a record. */
    public static byte[] encode(Anchor checkpoint) {
        ByteBuffer b = ByteBuffer.allocate(RECORD_BYTES);
        b.putInt(MAGIC)
                .putLong(checkpoint.sequence())
                .put(checkpoint.hash())
                .putLong(checkpoint.redactedEntries())
                .put(checkpoint.redactionDigest())
                .put(checkpoint.publicKey())
                .put(checkpoint.signature());
        b.putInt(crc(b.array()));
        return b.array();
    }

    /** Decodes a record made by {@link #encode}, or empty if it is damaged. */
    public static Optional<Anchor> decodeRecord(byte[] record) {
        return record.length == RECORD_BYTES ? decode(record) : Optional.empty();
    }

    private static byte[] take(ByteBuffer b, int n) {
        byte[] bytes = new byte[n];
        b.get(bytes);
        return bytes;
    }

    private static int crc(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record, 0, RECORD_BYTES - 4);
        return (int) crc.getValue();
    }

    /** Appends a checkpoint (not forced; see the class comment). */
    public void append(Anchor checkpoint) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(encode(checkpoint));
        long at = size;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        size = at;
        checkpoints.add(checkpoint);
    }

    /** Forces every appended checkpoint to disk. */
    public void force() throws IOException {
        channel.force(false);
    }

    /** Every intact checkpoint, in file order. */
    public List<Anchor> all() {
        return List.copyOf(checkpoints);
    }

    /** The latest checkpoint, if any. */
    public Optional<Anchor> last() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.get(checkpoints.size() - 1));
    }

    /** Damaged records found on open, for verification to report. */
    public List<String> damage() {
        return List.copyOf(damage);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
