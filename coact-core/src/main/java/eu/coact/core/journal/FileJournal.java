package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.ChainHasher;
import eu.coact.core.journal.internal.ChainVerifier;
import eu.coact.core.journal.internal.FrameBatch;
import eu.coact.core.journal.internal.GroupCommit;
import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.RecordIndex;
import eu.coact.core.journal.internal.SegmentStore;
import eu.coact.core.journal.internal.StoredRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The embedded, durable journal: one directory of append-only segment files, no server.
 *
 * <p>Each record is framed with its length and a CRC-32C checksum. {@link #append} and
 * {@link #appendAll} return only after the data is forced to disk; appenders on several threads
 * share writes (group commit: the events of every thread waiting at that moment go out in one
 * write and one fsync).
 *
 * <p>On {@link #open}, every segment is scanned and the indexes by sequence and by subject are
 * rebuilt. A torn tail — an append cut short by a crash, hence never acknowledged — is truncated.
 * Damage anywhere else (a record in the middle that fails its checksum) is never skipped: opening
 * fails with a {@link JournalException} naming the segment file and byte offset, and the files
 * are left as they are. Damage made with a valid checksum (deliberate tampering) is found by
 * {@link #verify()}. One limit is inherent: if only the very last record of the journal is
 * damaged, it cannot be told apart from a torn write and is truncated like one.
 *
 * <p>Redaction overwrites the salt and payload of a record with zeros in place, marks the record
 * redacted, and forces the change to disk; the payload's length is erased too. A short
 * write-ahead note (holding no payload) makes this safe against a crash in mid-overwrite: the
 * next open completes the erasure.
 *
 * <p>A directory is owned by one open journal at a time (a file lock); a second open, in this or
 * another process, fails.
 */
public final class FileJournal implements Journal {

    /** Segments grow to about this size before a new one is started. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    private static final int MAX_BYTES_PER_WRITE = 4 << 20;

    private final SegmentStore store;
    private final RecordIndex index;
    private final GroupCommit<Prepared> commit = new GroupCommit<>(MAX_BYTES_PER_WRITE);
    // Readers share; redaction overwrites a record in place and excludes them meanwhile.
    private final ReadWriteLock overwrite = new ReentrantReadWriteLock();
    private byte[] lastHash;
    // Only the group-commit leader writes, one at a time, so one buffer serves every write.
    private final FrameBatch frames = new FrameBatch();
    private volatile boolean closed;
    private volatile Throwable failure;

    private FileJournal(SegmentStore store, RecordIndex index) {
        this.store = store;
        this.index = index;
        this.lastHash = store.lastRecord() == null ? ChainHash.GENESIS : store.lastRecord().hash();
    }

    /**
     * Opens the journal in a directory, creating the directory and an empty journal if needed.
     *
     * @param directory the journal's directory
     * @return the open journal, ready to append after its last entry
     * @throws JournalException if the directory cannot be used, is already open, or holds a damaged segment
     */
    public static FileJournal open(Path directory) {
        return open(directory, DEFAULT_SEGMENT_BYTES);
    }

    /**
     * Opens the journal in a directory, starting a new segment file whenever the current one
     * reaches {@code segmentBytes}.
     *
     * @param directory    the journal's directory
     * @param segmentBytes the size at which a new segment is started (at least 4096)
     * @return the open journal
     * @throws JournalException if the directory cannot be used, is already open, or holds a damaged segment
     */
    public static FileJournal open(Path directory, long segmentBytes) {
        Objects.requireNonNull(directory, "directory");
        if (segmentBytes < 4096 || segmentBytes > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("a segment size is between 4096 bytes and 1 GiB");
        }
        RecordIndex index = new RecordIndex();
        return new FileJournal(SegmentStore.open(directory.toAbsolutePath(), segmentBytes, index), index);
    }

    /**
     * A batch whose salts and payload digests were computed by the appending thread: record i's
     * salt is at {@code i * 16} in {@code salts}, its digest at {@code i * 32} in {@code digests}.
     */
    private record Prepared(List<JournalEvent> events, byte[] salts, byte[] digests, int weight)
            implements GroupCommit.Batch {

        static Prepared of(List<JournalEvent> events) {
            int n = events.size();
            byte[] salts = ChainHash.newSaltBlock(n);
            byte[] digests = new byte[n * 32];
            ChainHasher hasher = ChainHash.localHasher();
            int weight = 0;
            for (int i = 0; i < n; i++) {
                JournalEvent event = Objects.requireNonNull(events.get(i), "event");
                hasher.payloadDigest(salts, i * ChainHash.SALT_LENGTH, event.payloadBytes(), digests, i * 32);
                weight += 400 + event.payloadLength();
            }
            return new Prepared(events, salts, digests, weight);
        }
    }

    @Override
    public long append(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        return appendAll(List.of(event)).first();
    }

    @Override
    public SequenceRange appendAll(List<JournalEvent> events) {
        List<JournalEvent> copy = List.copyOf(events);
        ensureWritable();
        if (copy.isEmpty()) {
            long last = index.size();
            return new SequenceRange(last + 1, last);
        }
        return commit.submit(Prepared.of(copy), this::write);
    }

    private List<SequenceRange> write(List<Prepared> batches) {
        ensureWritable();
        long first = index.size() + 1;
        long next = first;
        List<SequenceRange> ranges = new ArrayList<>(batches.size());
        FrameBatch frames = this.frames;
        frames.start(lastHash);
        for (Prepared batch : batches) {
            long start = next;
            List<JournalEvent> events = batch.events();
            for (int i = 0; i < events.size(); i++) {
                JournalEvent event = events.get(i);
                frames.add(next++, event.at().getEpochSecond(), event.at().getNano(), event.subjectOrNull(),
                        event.type(), event.payloadBytes(), batch.salts(), i * ChainHash.SALT_LENGTH,
                        batch.digests(), i * 32);
            }
            ranges.add(new SequenceRange(start, next - 1));
        }
        SegmentStore.Written written;
        try {
            written = store.append(frames.bytes(), frames.length(), first);
        } catch (IOException e) {
            failure = e;
            throw new JournalException("the journal in " + store.directory() + " could not write to disk ("
                    + e.getMessage() + "); nothing of this append is acknowledged, and the journal refuses "
                    + "further appends until it is reopened", e);
        }
        index.addAll(written.segment(), written.offset(), frames);
        lastHash = frames.lastHash();
        return ranges;
    }

    @Override
    public long lastSequence() {
        return index.size();
    }

    @Override
    public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        if (fromInclusive < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        ensureOpen();
        long last = Math.min(toInclusive, index.size());
        if (last < fromInclusive) {
            return Stream.empty();
        }
        return LongStream.rangeClosed(fromInclusive, last).mapToObj(p -> recordAt(p).toEntry());
    }

    @Override
    public Stream<JournalEntry> readSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        ensureOpen();
        return Arrays.stream(index.positionsOf(subject)).mapToObj(p -> recordAt(p).toEntry());
    }

    @Override
    public boolean redact(long sequence) {
        if (sequence < 1 || sequence > index.size()) {
            throw new IllegalArgumentException("no journal entry #" + sequence);
        }
        return redactAll(new long[] {sequence}) == 1;
    }

    @Override
    public int redactSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        return redactAll(index.positionsOf(subject));
    }

    private int redactAll(long[] positions) {
        return commit.exclusively(() -> {
            ensureWritable();
            List<RecordIndex.Slot> slots = new ArrayList<>();
            List<byte[]> erased = new ArrayList<>();
            try {
                for (long position : positions) {
                    RecordIndex.Slot slot = index.slot(position);
                    byte[] frame = store.read(slot);
                    if (!RecordFrame.decode(frame, 0).redacted()) {
                        slots.add(slot);
                        erased.add(RecordFrame.redact(frame));
                    }
                }
                if (!slots.isEmpty()) {
                    store.overwrite(slots, erased, overwrite.writeLock());
                }
            } catch (IOException e) {
                failure = e;
                throw new JournalException("the journal in " + store.directory() + " could not erase payloads ("
                        + e.getMessage() + "); it refuses further changes until it is reopened, which completes "
                        + "the erasure", e);
            }
            return slots.size();
        });
    }

    @Override
    public Verification verify() {
        ensureOpen();
        ChainVerifier verifier = new ChainVerifier();
        long size = index.size();
        for (long position = 1; position <= size; position++) {
            StoredRecord record;
            try {
                record = recordAt(position);
            } catch (JournalException e) {
                verifier.fail(position, e.getMessage());
                break;
            }
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.result();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        commit.exclusively(() -> {
            closed = true;
            overwrite.writeLock().lock();
            try {
                store.close();
            } finally {
                overwrite.writeLock().unlock();
            }
            return null;
        });
    }

    private StoredRecord recordAt(long position) {
        RecordIndex.Slot slot = index.slot(position);
        overwrite.readLock().lock();
        try {
            ensureOpen();
            return RecordFrame.decode(store.read(slot), 0);
        } catch (IOException e) {
            throw new JournalException("cannot read entry #" + position + " of the journal in "
                    + store.directory() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new JournalException("entry #" + position + " of the journal in " + store.directory()
                    + " is malformed: " + e.getMessage(), e);
        } finally {
            overwrite.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("the journal is closed");
        }
    }

    private void ensureWritable() {
        ensureOpen();
        if (failure != null) {
            throw new JournalException("the journal refuses changes after a failed write to disk ("
                    + failure.getMessage() + "); reopen it to recover");
        }
    }

    /** Names the directory; never any content. */
    @Override
    public String toString() {
        return "FileJournal[" + store.directory() + ", " + index.size() + " entries]";
    }
}
