package eu.coact.core.journal;

/**
 * The sequence numbers given to a batch of appended events, first to last inclusive.
 *
 * @param first the first event's sequence number
 * @param last  the last event's sequence number
 */
public record SequenceRange(long first, long last) {

    /** Checks the range is not reversed. */
    public SequenceRange {
        if (first < 1 || last < first - 1) {
            throw new IllegalArgumentException("not a sequence range: " + first + ".." + last);
        }
    }

    /** How many events the range holds. */
    public long size() {
        return last - first + 1;
    }
}
