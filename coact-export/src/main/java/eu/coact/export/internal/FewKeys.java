package eu.coact.export.internal;

import java.util.Map;

/**
 * A handful of string keys (a block's answer variables) looked up by a scan: for so few keys,
 * comparing strings whose hash is not cached, or going through a map shared by many key types,
 * costs more than the scan, and the reader looks a variable up for every answer.
 *
 * @param <V> the values
 */
final class FewKeys<V> {

    private final String[] keys;
    private final Object[] values;

    FewKeys(Map<String, V> entries) {
        this.keys = new String[entries.size()];
        this.values = new Object[entries.size()];
        int i = 0;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
    }

    /** The value of a key; null when there is none (an internal table, for the reader's inner loop). */
    @SuppressWarnings("unchecked")
    V get(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    int size() {
        return keys.length;
    }
}
