package eu.coact.core.journal.internal;

import eu.coact.core.journal.JournalException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The segment files of one file journal directory: scanning and recovery on open, appending
 * whole batches with one write and one fsync, reading and overwriting single frames.
 *
 * <p>Recovery rule: a record that is incomplete or fails its checksum is a <em>torn tail</em>
 * when it is in the last segment and no intact record follows it anywhere in that segment;
 * such a tail can only be an append that was never acknowledged, so it is truncated (and logged).
 * Any other damage is reported: opening fails with a {@link JournalException} naming the segment
 * and byte offset, and nothing is changed on disk.
 */
public final class SegmentStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("eu.coact.core.journal");
    private static final Pattern NAME = Pattern.compile("journal-(\\d{20})\\.seg");
    private static final String LOCK_FILE = "journal.lock";

    private final Path directory;
    private final long maxSegmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Path> paths = new ArrayList<>();
    private final List<FileChannel> channels = new ArrayList<>();
    private long tailSize;
    private StoredRecord lastRecord;
    private long recoveredBytes;

    /** Where a batch was written. */
    public record Written(int segment, long offset) {
    }

    private SegmentStore(Path directory, long maxSegmentBytes, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.maxSegmentBytes = maxSegmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the journal in a directory, takes its lock, scans every segment
     * and fills the index.
     *
     * @throws JournalException if another journal holds the directory, or a segment is damaged
     */
    public static SegmentStore open(Path directory, long maxSegmentBytes, RecordIndex index) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(directory);
            lockChannel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new JournalException("the journal in " + directory
                        + " is already open (in this or another process); a journal has one owner at a time");
            }
            SegmentStore store = new SegmentStore(directory, maxSegmentBytes, lockChannel, lock);
            try {
                store.scan(index);
            } catch (RuntimeException | IOException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new JournalException("cannot open the journal in " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    private void scan(RecordIndex index) throws IOException {
        List<Path> found;
        try (Stream<Path> list = Files.list(directory)) {
            found = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (int s = 0; s < found.size(); s++) {
            paths.add(found.get(s));
            channels.add(FileChannel.open(found.get(s), StandardOpenOption.READ, StandardOpenOption.WRITE));
            scanSegment(s, s == found.size() - 1, index);
        }
        if (paths.isEmpty()) {
            newSegment(1);
        }
    }

    private void scanSegment(int s, boolean last, RecordIndex index) throws IOException {
        FileChannel channel = channels.get(s);
        long size = channel.size();
        if (size > Integer.MAX_VALUE) {
            throw new JournalException("journal segment " + paths.get(s).getFileName() + " is larger than 2 GiB");
        }
        MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        int n = (int) size;
        int pos = 0;
        while (pos < n) {
            String problem = null;
            int frameLength = 0;
            StoredRecord record = null;
            if (n - pos < RecordFrame.HEADER_BYTES) {
                problem = "an incomplete record header";
            } else {
                int bodyLength = RecordFrame.bodyLength(map.slice(pos, RecordFrame.HEADER_BYTES));
                if (bodyLength < 0) {
                    problem = "no record starts there (unknown marker or impossible length)";
                } else if ((long) pos + RecordFrame.HEADER_BYTES + bodyLength > n) {
                    problem = "a record that runs past the end of the file";
                } else {
                    frameLength = RecordFrame.HEADER_BYTES + bodyLength;
                    byte[] frame = new byte[frameLength];
                    map.get(pos, frame);
                    if (!RecordFrame.checksumMatches(frame, 0, bodyLength)) {
                        problem = "a record whose checksum does not match its content";
                    } else {
                        try {
                            record = RecordFrame.decode(frame, 0);
                        } catch (IllegalArgumentException e) {
                            problem = "a malformed record (" + e.getMessage() + ")";
                        }
                    }
                }
            }
            if (problem != null) {
                if (last && !intactFrameAfter(map, pos + 1, n)) {
                    truncateTail(s, pos, n);
                    return;
                }
                throw new JournalException("journal segment " + paths.get(s).getFileName() + " in " + directory
                        + " is damaged at byte offset " + pos + ", where entry #" + (index.size() + 1)
                        + " should start: " + problem + ". Entries before it are intact and the journal was "
                        + "left unchanged; restore the segment from a backup before opening it again.");
            }
            index.add(s, pos, frameLength, record.subject());
            lastRecord = record;
            pos += frameLength;
        }
        if (last) {
            tailSize = n;
        }
    }

    private static boolean intactFrameAfter(MappedByteBuffer map, int from, int n) {
        for (int pos = from; pos + RecordFrame.HEADER_BYTES <= n; pos++) {
            if (map.getInt(pos) != RecordFrame.MAGIC) {
                continue;
            }
            int bodyLength = RecordFrame.bodyLength(map.slice(pos, RecordFrame.HEADER_BYTES));
            if (bodyLength >= 0 && (long) pos + RecordFrame.HEADER_BYTES + bodyLength <= n) {
                byte[] frame = new byte[RecordFrame.HEADER_BYTES + bodyLength];
                map.get(pos, frame);
                if (RecordFrame.checksumMatches(frame, 0, bodyLength)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void truncateTail(int s, int pos, int n) throws IOException {
        FileChannel channel = channels.get(s);
        channel.truncate(pos);
        channel.force(true);
        tailSize = pos;
        recoveredBytes = n - pos;
        LOG.log(Level.WARNING, "journal segment {0}: removed a torn tail of {1} bytes at offset {2} "
                + "(an append that was never acknowledged)", paths.get(s).getFileName(), n - pos, pos);
    }

    private void newSegment(long firstSequence) throws IOException {
        Path path = directory.resolve(String.format("journal-%020d.seg", firstSequence));
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        paths.add(path);
        channels.add(channel);
        tailSize = 0;
        // The new file's name must be durable before anything acknowledged is written into it.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** The last record found on open, if any. */
    public StoredRecord lastRecord() {
        return lastRecord;
    }

    /** How many bytes of torn tail were removed on open. */
    public long recoveredBytes() {
        return recoveredBytes;
    }

    /**
     * Writes a batch of whole frames at the end (starting a new segment first if the current one
     * is full) and forces it to disk.
     *
     * @param nextSequence the sequence number of the batch's first record, naming a new segment
     */
    public Written append(byte[] frames, int length, long nextSequence) throws IOException {
        if (tailSize >= maxSegmentBytes) {
            newSegment(nextSequence);
        }
        int segment = channels.size() - 1;
        FileChannel channel = channels.get(segment);
        long offset = tailSize;
        ByteBuffer buffer = ByteBuffer.wrap(frames, 0, length);
        try {
            long at = offset;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            channel.force(false);
        } catch (IOException e) {
            // Best effort: leave no half batch behind for this process to append after.
            try {
                channel.truncate(offset);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        tailSize = offset + length;
        return new Written(segment, offset);
    }

    /**
     * Reads one frame and checks its checksum.
     *
     * @throws JournalException if the frame no longer matches its checksum
     */
    public byte[] read(RecordIndex.Slot slot) throws IOException {
        byte[] frame = new byte[slot.length()];
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        FileChannel channel = channels.get(slot.segment());
        long at = slot.offset();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw damaged(slot, "the segment ends early");
            }
            at += n;
        }
        if (RecordFrame.bodyLength(ByteBuffer.wrap(frame, 0, RecordFrame.HEADER_BYTES)) != slot.length()
                - RecordFrame.HEADER_BYTES || !RecordFrame.checksumMatches(frame, 0, slot.length()
                - RecordFrame.HEADER_BYTES)) {
            throw damaged(slot, "the record no longer matches its checksum");
        }
        return frame;
    }

    /** Overwrites one frame in place with another of the same length (not yet forced). */
    public void overwrite(RecordIndex.Slot slot, byte[] frame) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        long at = slot.offset();
        while (buffer.hasRemaining()) {
            at += channels.get(slot.segment()).write(buffer, at);
        }
    }

    /** Forces one segment to disk. */
    public void force(int segment) throws IOException {
        channels.get(segment).force(false);
    }

    private JournalException damaged(RecordIndex.Slot slot, String problem) {
        return new JournalException("journal segment " + paths.get(slot.segment()).getFileName() + " in "
                + directory + " is damaged at byte offset " + slot.offset() + ": " + problem);
    }

    /** The directory, for messages. */
    public Path directory() {
        return directory;
    }

    /** Closes every segment and releases the directory lock. */
    @Override
    public void close() {
        for (FileChannel channel : channels) {
            closeQuietly(channel);
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock anyway.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to do for a channel being closed.
            }
        }
    }
}
