package eu.coact.anonymise.disclosure.internal;

import java.util.Arrays;

/**
 * Numbers distinct long keys 0, 1, 2, … in order of first sight: open addressing over primitive
 * arrays, no boxing. The capacity is fixed at construction (an upper bound on distinct keys).
 */
final class LongIndex {

    private final long[] slotKeys;
    private final int[] slotIndex;
    private final int mask;
    private final int shift;
    private int size;

    LongIndex(int maxKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, maxKeys) * 2 - 1) << 1;
        slotKeys = new long[capacity];
        slotIndex = new int[capacity];
        Arrays.fill(slotIndex, -1);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** The index of a key, adding it as the next index if new; a new key gives {@code -(index + 1)}. */
    int indexOrAdd(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            int index = slotIndex[slot];
            if (index < 0) {
                slotKeys[slot] = key;
                slotIndex[slot] = size;
                return -(++size);
            }
            if (slotKeys[slot] == key) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The index of a key, or -1. */
    int indexOf(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            int index = slotIndex[slot];
            if (index < 0) {
                return -1;
            }
            if (slotKeys[slot] == key) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }
}
