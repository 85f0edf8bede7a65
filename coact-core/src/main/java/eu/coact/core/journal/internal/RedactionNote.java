package eu.coact.core.journal.internal;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.JournalException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.zip.CRC32C;

/**
 * A write-ahead note of the frames a redaction is about to overwrite in place, so that a crash
 * half-way through an overwrite never leaves a record that fails its checksum: the note is
 * durable before the first segment byte changes, and the next open re-applies it (overwriting is
 * idempotent) before scanning. A note that is itself torn was never acted on and is discarded.
 *
 * <p>The note holds the redacted frames only — digests, hashes, subject and type, never a
 * payload or salt — and, in a signing journal, the signed checkpoint that records the new
 * redaction state, which the next open appends to the checkpoint file if the crash came first.
 *
 * <pre>magic[8] count[4] (segmentFirstSequence[8] offset[8] length[4] frame)* checkpointLength[4] checkpoint crc32c[4]</pre>
 */
public final class RedactionNote {

    /** The note's file name in the journal directory. */
    public static final String FILE_NAME = "redaction.pending";

    private static final System.Logger LOG = System.getLogger("eu.coact.core.journal");
    private static final byte[] MAGIC = "COACTR02".getBytes(StandardCharsets.US_ASCII);
    // Notes written before checkpoints existed: the same without the checkpoint field.
    private static final byte[] MAGIC_V1 = "COACTR01".getBytes(StandardCharsets.US_ASCII);

    /**
     * One frame to put in place.
     *
     * @param segmentFirstSequence the first sequence number of the segment, as in its file name
     * @param offset               the frame's byte offset in the segment
     * @param frame                the redacted frame, as long as the one it replaces
     */
    public record Overwrite(long segmentFirstSequence, long offset, byte[] frame) {}

    /**
     * A note as read back.
     *
     * @param overwrites the frames to put in place
     * @param checkpoint the encoded checkpoint to append afterwards, or no bytes
     */
    public record Note(List<Overwrite> overwrites, byte[] checkpoint) {}

    private RedactionNote() {}

    /** Writes the note and makes it and its directory entry durable. */
    public static void write(Path directory, List<Overwrite> overwrites, byte[] checkpoint) throws IOException {
        int size = MAGIC.length + 4 + 4 + 4 + checkpoint.length;
        for (Overwrite o : overwrites) {
            size += 8 + 8 + 4 + o.frame().length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put(MAGIC).putInt(overwrites.size());
        for (Overwrite o : overwrites) {
            buffer.putLong(o.segmentFirstSequence())
                    .putLong(o.offset())
                    .putInt(o.frame().length)
                    .put(o.frame());
        }
        buffer.putInt(checkpoint.length).put(checkpoint);
        buffer.putInt(crc(buffer.array(), size - 4));
        buffer.flip();
        try (FileChannel channel = PrivateFiles.openChannel(
                directory.resolve(FILE_NAME),
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        AtomicFiles.forceDirectory(directory);
    }

    /**
     * Reads the note left in a directory, if any.
     *
     * @return the overwrites, or empty if there is no note or it is torn (never acted on)
     */
    public static Optional<Note> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        boolean v2 = bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
        boolean v1 = bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC_V1, 0, MAGIC.length);
        if (bytes.length < MAGIC.length + 8
                || !(v1 || v2)
                || ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt() != crc(bytes, bytes.length - 4)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length - 4);
        int count = buffer.getInt();
        List<Overwrite> overwrites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long segment = buffer.getLong();
            long offset = buffer.getLong();
            byte[] frame = new byte[buffer.getInt()];
            buffer.get(frame);
            overwrites.add(new Overwrite(segment, offset, frame));
        }
        byte[] checkpoint = new byte[v2 ? buffer.getInt() : 0];
        buffer.get(checkpoint);
        return Optional.of(new Note(overwrites, checkpoint));
    }

    /**
     * Completes a redaction that a crash interrupted: puts the note's frames in place, forces
     * them, appends the note's checkpoint (if it is not already the last one), removes the note.
     *
     * @param segmentPath the segment file named by a segment's first sequence number
     * @throws JournalException if the note names a place that does not exist (nothing is changed)
     */
    public static void complete(Path directory, CheckpointFile checkpoints, LongFunction<Path> segmentPath)
            throws IOException {
        Optional<Note> note = read(directory);
        if (note.isEmpty()) {
            delete(directory);
            return;
        }
        List<FileChannel> touched = new ArrayList<>();
        try {
            for (Overwrite o : note.get().overwrites()) {
                Path segment = segmentPath.apply(o.segmentFirstSequence());
                if (!Files.exists(segment) || Files.size(segment) < o.offset() + o.frame().length) {
                    throw new JournalException("the pending redaction in " + directory + " names byte offset "
                            + o.offset() + " of " + segment.getFileName() + ", which does not exist; the journal "
                            + "was left unchanged");
                }
                FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE);
                touched.add(channel);
                ByteBuffer buffer = ByteBuffer.wrap(o.frame());
                long at = o.offset();
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
            }
            for (FileChannel channel : touched) {
                channel.force(false);
            }
        } finally {
            for (FileChannel channel : touched) {
                channel.close();
            }
        }
        Optional<Anchor> signed = CheckpointFile.decodeRecord(note.get().checkpoint());
        if (signed.isPresent() && !signed.equals(checkpoints.last())) {
            checkpoints.append(signed.get());
            checkpoints.force();
        }
        delete(directory);
        LOG.log(
                System.Logger.Level.INFO,
                "journal in {0}: completed a redaction of {1} entries that a crash had " + "interrupted",
                directory,
                note.get().overwrites().size());
    }

    /** Removes the note once every overwrite it lists is durable. */
    public static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(FILE_NAME));
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
