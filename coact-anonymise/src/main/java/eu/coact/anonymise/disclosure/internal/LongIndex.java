package eu.coact.anonymise.disclosure.internal;

/**
 * Numbers distinct long keys 0, 1, 2, … in order of first sight: open addressing over primitive
 * arrays, no boxing. Reusable: {@link #reset(int)} empties it in constant time (slots carry a
 * generation stamp) and sizes the probed region to the expected number of keys, so small
 * groupings stay in cache.
 */
final class LongIndex {

    private long[] slotKeys;
    private int[] slotIndex;
    private int[] slotStamp;
    private int stamp;
    private int mask;
    private int shift;
    private int size;

    LongIndex(int maxKeys) {
        reset(maxKeys);
    }

    /** Empties the index for at most {@code maxKeys} keys. */
    void reset(int maxKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, maxKeys) * 2 - 1) << 1;
        if (slotKeys == null || slotKeys.length < capacity) {
            slotKeys = new long[capacity];
            slotIndex = new int[capacity];
            slotStamp = new int[capacity];
            stamp = 0;
        }
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(slotStamp, 0);
            stamp = 1;
        }
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    /** The index of a key, adding it as the next index if new; a new key gives {@code -(index + 1)}. */
    int indexOrAdd(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            if (slotStamp[slot] != stamp) {
                slotStamp[slot] = stamp;
                slotKeys[slot] = key;
                slotIndex[slot] = size;
                return -(++size);
            }
            if (slotKeys[slot] == key) {
                return slotIndex[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The index of a key, or -1. */
    int indexOf(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            if (slotStamp[slot] != stamp) {
                return -1;
            }
            if (slotKeys[slot] == key) {
                return slotIndex[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }
}
