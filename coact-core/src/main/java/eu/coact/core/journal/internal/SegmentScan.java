package eu.coact.core.journal.internal;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.JournalException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan of a file journal's segments on open, in order: every intact record goes into the
 * index, and damage is either cut (a torn final record of the last segment that no signed
 * checkpoint vouches past, or anything at the end of the last segment in repair mode) or reported
 * with the segment, the byte offset and what cutting would lose. See {@link SegmentStore} for the
 * recovery rule.
 */
final class SegmentScan {

    private static final System.Logger LOG = System.getLogger("eu.coact.core.journal");

    private final Path directory;
    private final boolean repair;
    private final CheckpointFile checkpoints;
    private final RecordIndex index;
    private final List<Long> redacted = new ArrayList<>();
    private StoredRecord lastRecord;
    private SegmentStore.Cut cut;

    SegmentScan(Path directory, boolean repair, CheckpointFile checkpoints, RecordIndex index) {
        this.directory = directory;
        this.repair = repair;
        this.checkpoints = checkpoints;
        this.index = index;
    }

    /** The sequence numbers of the redacted entries found, ascending. */
    List<Long> redacted() {
        return redacted;
    }

    /** The last intact record found, or null when there is none. */
    StoredRecord lastRecord() {
        return lastRecord;
    }

    /** What repair mode cut, or null. */
    SegmentStore.Cut cut() {
        return cut;
    }

    /**
     * Reads one segment into the index, cutting a torn final record of the last segment (or, in
     * repair mode, any damage there).
     *
     * @param s       the segment's position among the journal's segments
     * @param path    its file
     * @param channel its open channel
     * @param last    whether it is the last segment
     * @return the segment's size after the scan
     * @throws JournalException when the damage found is more than a torn final record
     */
    long segment(int s, Path path, FileChannel channel, boolean last) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE) {
            throw new JournalException("journal segment " + path.getFileName() + " is larger than 2 GiB");
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
                return damageAt(path, channel, last, map, pos, n, problem);
            }
            index.add(s, pos, frameLength, record.subject());
            if (record.redacted()) {
                redacted.add(record.sequence());
            }
            lastRecord = record;
            pos += frameLength;
        }
        return n;
    }

    /** Cuts the damage at {@code pos} when that is safe, returning the new size; otherwise says why not. */
    private long damageAt(
            Path path, FileChannel channel, boolean last, MappedByteBuffer map, int pos, int n, String problem)
            throws IOException {
        long vouched = checkpoints.last().map(Anchor::sequence).orElse(0L);
        long lost = Math.max(TailDamage.recordsFrom(map, pos, n), vouched - index.size());
        boolean torn = last
                && vouched <= index.size()
                && !intactFrameAfter(map, pos + 1, n)
                && TailDamage.tornFinalRecord(map, pos, n);
        if (torn) {
            truncateTail(path, channel, pos, n);
            return pos;
        }
        String name = path.getFileName().toString();
        if (repair && last) {
            byte[] bytes = new byte[n - pos];
            map.get(pos, bytes);
            Path kept = TailDamage.setAside(directory, name, pos, bytes);
            truncateTail(path, channel, pos, n);
            cut = new SegmentStore.Cut(name, pos, n - pos, lost, kept);
            return pos;
        }
        String where = "journal segment " + name + " in " + directory + " is damaged at byte offset " + pos
                + ", where entry #" + (index.size() + 1) + " should start: " + problem + ". ";
        if (!last) {
            throw new JournalException(where + "It is not the last segment, so cutting there would lose it and every "
                    + "later segment. Entries before it are intact and the journal was left unchanged; restore the "
                    + "segment from a backup before opening it again.");
        }
        throw new JournalException(where + "This is more than a torn final record: cutting there would lose "
                + (n - pos) + " bytes holding about " + lost + " entr" + (lost == 1 ? "y" : "ies")
                + (vouched > index.size() ? " (a signed checkpoint vouches for entries up to #" + vouched + ")" : "")
                + ". The journal was left unchanged. Restore the segment from a backup, or cut the damage with "
                + "FileJournal.repair (coact verify --repair), which keeps the cut bytes in the folder '"
                + TailDamage.CUT_FOLDER + "'.");
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

    private static void truncateTail(Path path, FileChannel channel, int pos, int n) throws IOException {
        channel.truncate(pos);
        channel.force(true);
        LOG.log(
                Level.WARNING,
                "journal segment {0}: removed a torn tail of {1} bytes at offset {2} "
                        + "(an append that was never acknowledged)",
                path.getFileName(),
                n - pos,
                pos);
    }
}
