package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each record of a file journal lives (segment, offset, frame length), by position
 * (position 1 is the first record in storage order), and which positions are about each
 * subject. Rebuilt on open by scanning the segments; thread-safe.
 */
public final class RecordIndex {

    /** Where one record's frame is. */
    public record Slot(int segment, long offset, int length) {}

    private int[] segments = new int[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int count;
    private final Map<Pseudonym, Positions> bySubject = new HashMap<>();

    /** The positions about one subject; a growing array and how much of it is used. */
    private static final class Positions {
        long[] positions = new long[4];
        int count;

        void add(long position) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = position;
        }
    }

    /** Adds the next record; returns its position. */
    public synchronized long add(int segment, long offset, int length, Pseudonym subject) {
        addOne(segment, offset, length, subject);
        return count;
    }

    /**
     * Adds the records of one write, which lie one after the other from {@code offset} in a
     * segment; one lock for the whole write.
     */
    public synchronized void addAll(int segment, long offset, FrameBatch batch) {
        long at = offset;
        for (int i = 0; i < batch.count(); i++) {
            addOne(segment, at, batch.frameLength(i), batch.subject(i));
            at += batch.frameLength(i);
        }
    }

    private void addOne(int segment, long offset, int length, Pseudonym subject) {
        if (count == offsets.length) {
            int grown = count * 2;
            segments = Arrays.copyOf(segments, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
        }
        segments[count] = segment;
        offsets[count] = offset;
        lengths[count] = length;
        count++;
        if (subject != null) {
            bySubject.computeIfAbsent(subject, s -> new Positions()).add(count);
        }
    }

    /** How many records there are. */
    public synchronized long size() {
        return count;
    }

    /** The slot of the record at a 1-based position. */
    public synchronized Slot slot(long position) {
        if (position < 1 || position > count) {
            throw new IllegalArgumentException("no journal entry #" + position);
        }
        int i = (int) (position - 1);
        return new Slot(segments[i], offsets[i], lengths[i]);
    }

    /** The positions of every record about a subject, in order. */
    public synchronized long[] positionsOf(Pseudonym subject) {
        Positions positions = bySubject.get(subject);
        return positions == null ? new long[0] : Arrays.copyOf(positions.positions, positions.count);
    }
}
