package eu.coact.export.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The names a study's answers can carry (block ids, answer variables), found by their UTF-8
 * bytes inside a payload. Reading an answer then reuses the study's own value instead of
 * decoding, checking and hashing a new string for every one of millions of answers; a name the
 * study does not know is not found, and the reader decodes it as before.
 *
 * @param <T> what a name stands for
 */
final class KnownNames<T> {

    private final byte[][] keys;
    private final Object[] values;
    private final int mask;

    private KnownNames(byte[][] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /**
     * A table of names.
     *
     * @param names each name and what it stands for
     * @param <T>   what a name stands for
     * @return the table
     */
    static <T> KnownNames<T> of(Map<String, T> names) {
        int size = Integer.highestOneBit(Math.max(4, names.size() * 3)) << 1;
        byte[][] keys = new byte[size][];
        Object[] values = new Object[size];
        names.forEach((name, value) -> {
            byte[] key = name.getBytes(StandardCharsets.UTF_8);
            int i = hash(key, 0, key.length) & (size - 1);
            while (keys[i] != null) {
                i = (i + 1) & (size - 1);
            }
            keys[i] = key;
            values[i] = value;
        });
        return new KnownNames<>(keys, values);
    }

    /**
     * What the name in {@code bytes[from, to)} stands for; null when the study does not know it
     * (an internal table for the reader's inner loop, which must not allocate).
     */
    @SuppressWarnings("unchecked")
    T lookup(byte[] bytes, int from, int to) {
        int i = hash(bytes, from, to) & mask;
        for (byte[] key = keys[i]; key != null; key = keys[i = (i + 1) & mask]) {
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return (T) values[i];
            }
        }
        return null;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
