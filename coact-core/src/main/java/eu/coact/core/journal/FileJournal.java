package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.ChainHasher;
import eu.coact.core.journal.internal.Checkpointer;
import eu.coact.core.journal.internal.FrameBatch;
import eu.coact.core.journal.internal.GroupCommit;
import eu.coact.core.journal.internal.JournalAudit;
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
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
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
 * rebuilt. Only a torn final record — one append cut short by a crash, hence never acknowledged,
 * possibly followed by zeros — is cut. Any other damage is never skipped or cut: opening fails
 * with a {@link JournalException} naming the segment file, byte offset and how many entries
 * cutting would lose, and the files are left as they are; {@link #repair} cuts it on request and
 * keeps the cut bytes. One limit is inherent: if only the very last record of the journal is
 * damaged, it cannot be told apart from a torn write and is cut like one (unless a signed
 * checkpoint vouches for it, in which case opening refuses).
 *
 * <p><b>Tamper evidence.</b> Opened with a {@link CheckpointSigner} ({@link #builder}), the
 * journal writes signed checkpoints of the chain head and its redaction state (see
 * {@link CheckpointPolicy}); {@link #anchor()} hands out the latest one to keep elsewhere, and
 * {@link #verify(TrustedKeys, Anchor)} checks the chain, every checkpoint and the anchor. Damage
 * made with a valid checksum and a recomputed chain is found by checking the signatures; what
 * is and is not found, by whom, is in the module README. Every folder the journal creates is
 * 0700 and every file 0600 (on POSIX file systems).
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

    private static final System.Logger LOG = System.getLogger("eu.coact.core.journal");

    private final SegmentStore store;
    private final RecordIndex index;
    private final Checkpointer checkpointer;
    private final TrustedKeys trusted;
    private final GroupCommit<Prepared> commit = new GroupCommit<>(MAX_BYTES_PER_WRITE);
    // Readers share; redaction overwrites a record in place and excludes them meanwhile.
    private final ReadWriteLock overwrite = new ReentrantReadWriteLock();
    private byte[] lastHash;
    // Only the group-commit leader writes, one at a time, so one buffer serves every write.
    private final FrameBatch frames = new FrameBatch();
    private volatile boolean closed;
    private volatile Throwable failure;

    private FileJournal(SegmentStore store, RecordIndex index, FileJournalBuilder options) {
        this.store = store;
        this.index = index;
        this.lastHash = store.lastRecord() == null
                ? ChainHash.GENESIS
                : store.lastRecord().hash();
        this.checkpointer =
                new Checkpointer(options.signer(), options.policy(), store.checkpoints(), store.redactedOnOpen());
        this.trusted = options.trusted();
    }

    /**
     * Starts configuring a journal in a directory (segment size, signing).
     *
     * @param directory the journal's directory
     * @return the builder
     */
    public static FileJournalBuilder builder(Path directory) {
        return new FileJournalBuilder(directory);
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
        return builder(directory).segmentBytes(segmentBytes).open();
    }

    static FileJournal open(FileJournalBuilder options) {
        RecordIndex index = new RecordIndex();
        SegmentStore store =
                SegmentStore.open(options.directory().toAbsolutePath(), options.segmentBytes(), index, false);
        FileJournal journal = new FileJournal(store, index, options);
        try {
            journal.signUncoveredTail();
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /**
     * Cuts damage at the end of a journal's last segment that {@link #open} refuses to cut,
     * keeping the cut bytes in a private file in the folder {@code cut} of the journal directory.
     * Entries before the damage stay; what was cut is gone from the journal (a signed anchor taken
     * before will then report the cut, as it should). Damage in an earlier segment is not
     * repaired: restore that segment from a backup.
     *
     * @param directory the journal's directory (not open)
     * @return what was cut, or empty when there was nothing to repair
     * @throws JournalException if the directory is open elsewhere, or damaged beyond the last segment
     */
    public static Optional<JournalRepair> repair(Path directory) {
        Objects.requireNonNull(directory, "directory");
        RecordIndex index = new RecordIndex();
        try (SegmentStore store = SegmentStore.open(directory.toAbsolutePath(), DEFAULT_SEGMENT_BYTES, index, true)) {
            return store.cut().map(c -> new JournalRepair(c.segment(), c.offset(), c.bytes(), c.entries(), c.keptAt()));
        }
    }

    /**
     * Before a signing journal signs anything: if its redactions are not those its last
     * checkpoint records, or entries follow its last checkpoint (written before a crash), it is
     * verified first. If it verifies, the uncovered entries are signed now; if not, this journal
     * signs nothing while open, so that no new checkpoint vouches for what someone else changed.
     */
    private void signUncoveredTail() {
        if (!checkpointer.signs()) {
            return;
        }
        boolean uncovered = checkpointer.last().map(Anchor::sequence).orElse(-1L) < index.size();
        if (!uncovered && !checkpointer.redactionsDifferFromLast()) {
            return;
        }
        Verification result = audit(trusted, Optional.empty(), false);
        if (result.isIntact()) {
            commit.exclusively(() -> {
                checkpoint("the checkpoint at open");
                return null;
            });
        } else {
            checkpointer.suspend();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "journal in {0} does not verify ({1}); it signs nothing while open",
                    store.directory(),
                    result);
        }
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
                frames.add(
                        next++,
                        event.at().getEpochSecond(),
                        event.at().getNano(),
                        event.subjectOrNull(),
                        event.type(),
                        event.payloadBytes(),
                        batch.salts(),
                        i * ChainHash.SALT_LENGTH,
                        batch.digests(),
                        i * 32);
            }
            ranges.add(new SequenceRange(start, next - 1));
        }
        SegmentStore.Written written;
        try {
            written = store.append(frames.bytes(), frames.length(), first);
        } catch (IOException e) {
            failure = e;
            throw new JournalException(
                    "the journal in " + store.directory() + " could not write to disk ("
                            + e.getMessage() + "); nothing of this append is acknowledged, and the journal refuses "
                            + "further appends until it is reopened",
                    e);
        }
        index.addAll(written.segment(), written.offset(), frames);
        lastHash = frames.lastHash();
        try {
            checkpointer.committed(frames.count(), index.size(), lastHash);
        } catch (IOException e) {
            // The entries are durable and acknowledged; only their signature waits for the next checkpoint.
            LOG.log(
                    System.Logger.Level.WARNING,
                    "journal in {0}: a checkpoint could not be written ({1}); the next " + "one covers these entries",
                    store.directory(),
                    e.getMessage());
        }
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
        return LongStream.rangeClosed(fromInclusive, last)
                .mapToObj(p -> recordAt(p).toEntry());
    }

    @Override
    public Stream<JournalEntry> readSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        ensureOpen();
        return Arrays.stream(index.positionsOf(subject))
                .mapToObj(p -> recordAt(p).toEntry());
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
            List<Long> sequences = new ArrayList<>();
            try {
                for (long position : positions) {
                    RecordIndex.Slot slot = index.slot(position);
                    byte[] frame = store.read(slot);
                    if (!RecordFrame.decode(frame, 0).redacted()) {
                        slots.add(slot);
                        erased.add(RecordFrame.redact(frame));
                        sequences.add(position);
                    }
                }
                if (!slots.isEmpty()) {
                    store.overwrite(
                            slots,
                            erased,
                            overwrite.writeLock(),
                            checkpointer.forRedaction(sequences, index.size(), lastHash));
                    checkpointer.redacted(sequences);
                }
            } catch (IOException e) {
                failure = e;
                throw new JournalException(
                        "the journal in " + store.directory() + " could not erase payloads ("
                                + e.getMessage()
                                + "); it refuses further changes until it is reopened, which completes "
                                + "the erasure",
                        e);
            }
            return slots.size();
        });
    }

    /**
     * Checks the hash chain and, if the journal has checkpoints or signs, every checkpoint: its
     * signature (by the signer's key, or a key given to {@link FileJournalBuilder#trusting}),
     * the hash it vouches for, the redaction state of the last one, and that every entry is
     * covered by one. A signing journal writes a checkpoint of its head first.
     *
     * @return intact, or the first finding
     */
    @Override
    public Verification verify() {
        return verifyExclusively(trusted, Optional.empty());
    }

    /**
     * Like {@link #verify()}, but accepting checkpoints only from these keys.
     *
     * @param keys the public keys trusted to sign (none: each checkpoint is checked against the key it names)
     * @return intact, or the first finding
     */
    public Verification verify(TrustedKeys keys) {
        return verifyExclusively(Objects.requireNonNull(keys, "keys"), Optional.empty());
    }

    /**
     * Like {@link #verify(TrustedKeys)}, and also against an anchor kept outside the journal's
     * files: finds entries cut after it, a deleted last segment, history rewritten up to it with
     * a recomputed chain, and a checkpoint file cut back to before it. With no trusted key, the
     * anchor's own key is trusted (it came from outside).
     *
     * @param keys   the public keys trusted to sign
     * @param anchor an anchor this journal handed out earlier
     * @return intact, or the first finding
     */
    public Verification verify(TrustedKeys keys, Anchor anchor) {
        Objects.requireNonNull(keys, "keys");
        return verifyExclusively(keys, Optional.of(Objects.requireNonNull(anchor, "anchor")));
    }

    /**
     * Reads the journal once, verifying each entry as it is read and handing it on. Appends
     * wait only while a checkpoint is written and the checkpoints are taken; the entries after
     * that are not read. Redactions, which rewrite entries in place, wait until the read ends
     * (and appends wait behind a waiting redaction), so the entries handed over are exactly the
     * ones verified against those checkpoints.
     */
    @Override
    public Verification readVerified(Consumer<? super JournalEntry> sink) {
        Objects.requireNonNull(sink, "sink");
        Lock readers = overwrite.readLock();
        Verification[] refused = new Verification[1];
        Snapshot snapshot = commit.exclusively(() -> {
            if (checkpointer.signs() && !headSigned()) {
                Verification before = audit(trusted, Optional.empty(), false);
                if (!before.isIntact()) {
                    // A history someone else changed is never signed, not even on close.
                    checkpointer.suspend();
                    refused[0] = before;
                    return null;
                }
            }
            checkpoint("the checkpoint before verifying");
            ensureOpen();
            Snapshot taken = new Snapshot(
                    new JournalAudit(
                            store.checkpoints().all(), store.checkpoints().damage(), trusted, Optional.empty(), true),
                    index.size());
            // Redactions hold the lock appends wait for while they overwrite, so this never waits.
            readers.lock();
            return taken;
        });
        if (snapshot == null) {
            return refused[0];
        }
        try {
            // Redactions are out, so the segments can be read in large blocks rather than once per entry.
            SlotReader sequential = store.sequentialReader()::record;
            return snapshot.audit().run(snapshot.size(), p -> recordAt(p, sequential), r -> sink.accept(r.toEntry()));
        } finally {
            readers.unlock();
        }
    }

    /** The audit of the checkpoints on file, and the entries they are checked against. */
    private record Snapshot(JournalAudit audit, long size) {}

    /**
     * Signs the head first (a signing journal), then audits; appends wait meanwhile. A head not
     * signed yet is signed only once the history it would vouch for verifies, so that a history
     * rewritten (and its chain recomputed) by someone without the key is never signed with it.
     */
    private Verification verifyExclusively(TrustedKeys keys, Optional<Anchor> anchor) {
        return commit.exclusively(() -> {
            if (checkpointer.signs() && !headSigned()) {
                Verification before = audit(keys, anchor, false);
                if (!before.isIntact()) {
                    // Nor signed at close: nothing this journal writes may vouch for what someone else changed.
                    checkpointer.suspend();
                    return before;
                }
            }
            checkpoint("the checkpoint before verifying");
            return audit(keys, anchor, true);
        });
    }

    /** Whether the last checkpoint already vouches for the head as it is: its entries, hash and redactions. */
    private boolean headSigned() {
        return checkpointer
                        .last()
                        .filter(a -> a.sequence() == index.size() && Arrays.equals(a.hash(), lastHash))
                        .isPresent()
                && !checkpointer.redactionsDifferFromLast();
    }

    /**
     * Signs the head now (if it is not signed yet) and returns the latest checkpoint, to keep
     * outside the journal's files as its anchor.
     *
     * @return the anchor, or empty when the journal does not sign
     */
    @Override
    public Optional<Anchor> anchor() {
        return commit.exclusively(() -> {
            ensureWritable();
            if (!checkpointer.signs()) {
                return Optional.<Anchor>empty();
            }
            checkpoint("the anchor");
            try {
                checkpointer.force();
            } catch (IOException e) {
                throw new JournalException(
                        "the journal in " + store.directory() + " could not write its anchor to " + "disk: "
                                + e.getMessage(),
                        e);
            }
            return checkpointer.last();
        });
    }

    private Verification audit(TrustedKeys keys, Optional<Anchor> anchor, boolean requireCoverage) {
        ensureOpen();
        JournalAudit audit = new JournalAudit(
                store.checkpoints().all(), store.checkpoints().damage(), keys, anchor, requireCoverage);
        return audit.run(index.size(), this::recordAt);
    }

    /** Writes a checkpoint of the head if this journal signs and has not failed; call exclusively. */
    private void checkpoint(String what) {
        if (closed || failure != null || !checkpointer.signs()) {
            return;
        }
        try {
            checkpointer.now(index.size(), lastHash);
        } catch (IOException e) {
            throw new JournalException(
                    "the journal in " + store.directory() + " could not write " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        commit.exclusively(() -> {
            try {
                checkpoint("its closing checkpoint");
            } catch (JournalException e) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage());
            }
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
        return recordAt(position, this::readOnItsOwn);
    }

    /** A record read on its own: what every reader but a whole verified pass uses. */
    private StoredRecord readOnItsOwn(RecordIndex.Slot slot) throws IOException {
        return RecordFrame.decode(store.read(slot), 0);
    }

    /** How a record is read from its slot: one read of its own, or from a sequential reader's block. */
    private interface SlotReader {
        StoredRecord read(RecordIndex.Slot slot) throws IOException;
    }

    private StoredRecord recordAt(long position, SlotReader reader) {
        RecordIndex.Slot slot = index.slot(position);
        overwrite.readLock().lock();
        try {
            ensureOpen();
            return reader.read(slot);
        } catch (IOException e) {
            throw new JournalException(
                    "cannot read entry #" + position + " of the journal in " + store.directory() + ": "
                            + e.getMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            throw new JournalException(
                    "entry #" + position + " of the journal in " + store.directory() + " is malformed: "
                            + e.getMessage(),
                    e);
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
