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
    public record Slot(int segment, long offset, int length) {
    }

    private int[] segments = new int[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int count;
    private final Map<Pseudonym, long[]> bySubject = new HashMap<>();
    private final Map<Pseudonym, Integer> subjectCounts = new HashMap<>();

    /** Adds the next record; returns its position. */
    public synchronized long add(int segment, long offset, int length, Pseudonym subject) {
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
            long[] positions = bySubject.getOrDefault(subject, new long[4]);
            int n = subjectCounts.getOrDefault(subject, 0);
            if (n == positions.length) {
                positions = Arrays.copyOf(positions, n * 2);
            }
            positions[n] = count;
            bySubject.put(subject, positions);
            subjectCounts.put(subject, n + 1);
        }
        return count;
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
        long[] positions = bySubject.get(subject);
        return positions == null ? new long[0] : Arrays.copyOf(positions, subjectCounts.get(subject));
    }
}
