package eu.coact.core.journal.internal;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.JournalException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The segment files of one file journal directory: scanning and recovery on open, appending
 * whole batches with one write and one fsync, reading and overwriting single frames.
 *
 * <p>Recovery rule: only a <em>torn final record</em> (see {@link TailDamage}) at the end of the
 * last segment is cut on open (and logged), and only when no signed checkpoint vouches for
 * entries beyond it: it can only be an append that was never acknowledged. Any other damage is
 * reported: opening fails with a {@link JournalException} naming the segment, byte offset and
 * how many entries cutting would lose, and nothing is changed on disk. In repair mode, damage in
 * the last segment is cut instead, its bytes set aside first.
 *
 * <p>Every folder and file made here is private to its owner ({@link PrivateFiles}).
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
    private final List<Long> firstSequences = new ArrayList<>();
    private final boolean repair;
    private final List<Long> redacted = new ArrayList<>();
    private CheckpointFile checkpoints;
    private long tailSize;
    private StoredRecord lastRecord;
    private Cut cut;

    /** Where a batch was written. */
    public record Written(int segment, long offset) {}

    /**
     * What a repair cut.
     *
     * @param segment the segment's file name
     * @param offset  where the cut started
     * @param bytes   how many bytes were cut
     * @param entries about how many entries they held
     * @param keptAt  the file holding the cut bytes
     */
    public record Cut(String segment, long offset, long bytes, long entries, Path keptAt) {}

    private SegmentStore(Path directory, long maxSegmentBytes, FileChannel lockChannel, FileLock lock, boolean repair) {
        this.directory = directory;
        this.repair = repair;
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
    public static SegmentStore open(Path directory, long maxSegmentBytes, RecordIndex index, boolean repair) {
        FileChannel lockChannel = null;
        try {
            PrivateFiles.createDirectories(directory);
            lockChannel = PrivateFiles.openChannel(
                    directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
            SegmentStore store = new SegmentStore(directory, maxSegmentBytes, lockChannel, lock, repair);
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
            found = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
        checkpoints = CheckpointFile.open(directory);
        RedactionNote.complete(directory, checkpoints, this::segmentPath);
        SegmentScan scan = new SegmentScan(directory, repair, checkpoints, index);
        for (int s = 0; s < found.size(); s++) {
            paths.add(found.get(s));
            firstSequences.add(firstSequence(found.get(s)));
            channels.add(PrivateFiles.openChannel(found.get(s), StandardOpenOption.READ, StandardOpenOption.WRITE));
            boolean last = s == found.size() - 1;
            long size = scan.segment(s, found.get(s), channels.get(s), last);
            if (last) {
                tailSize = size;
            }
        }
        redacted.addAll(scan.redacted());
        lastRecord = scan.lastRecord();
        cut = scan.cut();
        if (paths.isEmpty()) {
            newSegment(1);
        }
    }

    private static long firstSequence(Path segment) {
        Matcher name = NAME.matcher(segment.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a segment file: " + segment);
        }
        return Long.parseLong(name.group(1));
    }

    private Path segmentPath(long firstSequence) {
        return directory.resolve(String.format("journal-%020d.seg", firstSequence));
    }

    private void newSegment(long firstSequence) throws IOException {
        Path path = segmentPath(firstSequence);
        FileChannel channel = PrivateFiles.openChannel(
                path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        paths.add(path);
        channels.add(channel);
        firstSequences.add(firstSequence);
        tailSize = 0;
        // The new file's name must be durable before anything acknowledged is written into it.
        AtomicFiles.forceDirectory(directory);
    }

    /** The sequence numbers of the entries found redacted on open, ascending. */
    public List<Long> redactedOnOpen() {
        return List.copyOf(redacted);
    }

    /** The checkpoint file. */
    public CheckpointFile checkpoints() {
        return checkpoints;
    }

    /** What repair mode cut on open, if anything. */
    public Optional<Cut> cut() {
        return Optional.ofNullable(cut);
    }

    /** The last record found on open, if any. */
    public StoredRecord lastRecord() {
        return lastRecord;
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
        if (RecordFrame.bodyLength(ByteBuffer.wrap(frame, 0, RecordFrame.HEADER_BYTES))
                        != slot.length() - RecordFrame.HEADER_BYTES
                || !RecordFrame.checksumMatches(frame, 0, slot.length() - RecordFrame.HEADER_BYTES)) {
            throw damaged(slot, "the record no longer matches its checksum");
        }
        return frame;
    }

    /**
     * Overwrites frames in place with frames of the same length, crash-safely: a durable
     * {@link RedactionNote} first, then the overwrites (holding {@code readers} exclusively
     * meanwhile) and one fsync per touched segment, then the note is removed.
     */
    public void overwrite(List<RecordIndex.Slot> slots, List<byte[]> frames, Lock readers, Optional<Anchor> checkpoint)
            throws IOException {
        List<RedactionNote.Overwrite> note = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            note.add(new RedactionNote.Overwrite(
                    firstSequences.get(slots.get(i).segment()), slots.get(i).offset(), frames.get(i)));
        }
        RedactionNote.write(
                directory, note, checkpoint.map(CheckpointFile::encode).orElse(new byte[0]));
        TreeSet<Integer> touched = new TreeSet<>();
        readers.lock();
        try {
            for (int i = 0; i < slots.size(); i++) {
                ByteBuffer buffer = ByteBuffer.wrap(frames.get(i));
                long at = slots.get(i).offset();
                while (buffer.hasRemaining()) {
                    at += channels.get(slots.get(i).segment()).write(buffer, at);
                }
                touched.add(slots.get(i).segment());
            }
        } finally {
            readers.unlock();
        }
        for (int segment : touched) {
            channels.get(segment).force(false);
        }
        if (checkpoint.isPresent()) {
            checkpoints.append(checkpoint.get());
            checkpoints.force();
        }
        RedactionNote.delete(directory);
    }

    /** The open channel of a segment, for {@link SegmentReader}. */
    FileChannel channel(int segment) {
        return channels.get(segment);
    }

    /**
     * A reader of records in storage order that reads the segments in large blocks rather than
     * once per record: for one pass over the whole journal, while overwrites are kept out.
     */
    public SegmentReader sequentialReader() {
        return new SegmentReader(this);
    }

    JournalException damaged(RecordIndex.Slot slot, String problem) {
        return new JournalException(
                "journal segment " + paths.get(slot.segment()).getFileName() + " in " + directory
                        + " is damaged at byte offset " + slot.offset() + ": " + problem);
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
        if (checkpoints != null) {
            try {
                checkpoints.force();
                checkpoints.close();
            } catch (IOException e) {
                LOG.log(
                        Level.WARNING,
                        "journal in {0}: the checkpoint file could not be closed cleanly ({1}); "
                                + "the entries it would have covered are still covered by the hash chain",
                        directory,
                        e.getMessage());
            }
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
