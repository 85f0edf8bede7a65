package eu.coact.export.datapackage.internal;

import java.util.List;

/**
 * A set of 64-bit fingerprints of keys (open addressing, about 16 bytes per key), used to find
 * candidate duplicate keys in one pass without keeping the keys. A fingerprint seen twice only
 * marks a suspect; the validator confirms duplicates by comparing the real keys in a second pass,
 * so a fingerprint collision can never produce a false report. The fingerprints are seeded per
 * validation and never leave memory.
 */
final class FingerprintSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean holdsZero;

    /** Adds a fingerprint; returns false when it was already there. */
    boolean add(long fingerprint) {
        if (fingerprint == EMPTY) {
            boolean fresh = !holdsZero;
            holdsZero = true;
            return fresh;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(fingerprint);
    }

    /** True when the fingerprint was added. */
    boolean contains(long fingerprint) {
        if (fingerprint == EMPTY) {
            return holdsZero;
        }
        int mask = slots.length - 1;
        for (int i = spread(fingerprint) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                return false;
            }
            if (s == fingerprint) {
                return true;
            }
        }
    }

    /** The number of distinct fingerprints. */
    int size() {
        return size + (holdsZero ? 1 : 0);
    }

    private boolean insert(long fingerprint) {
        int mask = slots.length - 1;
        for (int i = spread(fingerprint) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = fingerprint;
                size++;
                return true;
            }
            if (s == fingerprint) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length - 1;
        for (long f : old) {
            if (f != EMPTY) {
                int i = spread(f) & mask;
                while (bigger[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                bigger[i] = f;
            }
        }
        slots = bigger;
    }

    private static int spread(long f) {
        return (int) (f ^ (f >>> 32));
    }

    /**
     * The fingerprint of a key made of several values, unambiguous for any values (each value
     * is preceded by its length).
     */
    static long of(long seed, List<String> values) {
        long h = seed;
        for (String v : values) {
            h = mix(h, v.length());
            for (int i = 0; i < v.length(); i++) {
                h = mix(h, v.charAt(i));
            }
        }
        return finish(h);
    }

    private static long mix(long h, int value) {
        return (h ^ value) * 0x100000001b3L;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public String toString() {
        return "FingerprintSet[" + size() + "]";
    }
}
