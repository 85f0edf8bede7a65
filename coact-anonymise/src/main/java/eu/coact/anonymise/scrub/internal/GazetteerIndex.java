package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer entries in a text, longest entry first, on word boundaries, ignoring case and
 * accents. A match needs at least one capitalised word ("rosa" the colour is not "Rosa" the
 * person), and the words of a multi-word entry may be separated only by spaces, hyphens or
 * apostrophes, never by punctuation or a line break.
 */
public final class GazetteerIndex implements Detector {

    private static final int MAX_GAP = 3;

    private record Entry(String[] words, IdentifierKind kind) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** Hashes of every indexed first word: most words of a text are ruled out without a string. */
    private final java.util.BitSet firstWordHashes = new java.util.BitSet(1 << HASH_BITS);

    private static final int HASH_BITS = 20;

    /**
     * Indexes names and places.
     *
     * @param names   person names (each one or more words)
     * @param places  places (towns, streets, institutions)
     */
    public GazetteerIndex(List<String> names, List<String> places) {
        add(names, IdentifierKind.NAME);
        add(places, IdentifierKind.PLACE);
        for (Map.Entry<String, List<Entry>> entries : byFirstWord.entrySet()) {
            entries.getValue()
                    .sort(Comparator.comparingInt((Entry e) -> e.words().length).reversed());
            firstWordHashes.set(bucket(entries.getKey().hashCode()));
        }
    }

    private void add(List<String> entries, IdentifierKind kind) {
        for (String entry : entries) {
            List<String> keys = Words.keys(entry);
            if (!keys.isEmpty()) {
                byFirstWord
                        .computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                        .add(new Entry(keys.toArray(String[]::new), kind));
            }
        }
    }

    /**
     * Whether a single word is a place of the gazetteer, for the postcode detector.
     *
     * @param word a word of the text
     * @return true when a one-word place entry matches it
     */
    public boolean isPlaceWord(String word) {
        List<Entry> entries = byFirstWord.get(Words.key(word));
        if (entries == null) {
            return false;
        }
        for (Entry e : entries) {
            if (e.kind() == IdentifierKind.PLACE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void find(String text, List<Span> out) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        int n = text.length();
        // Word boundaries of the whole text, computed once.
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
            } else {
                i++;
            }
        }
        String[] keys = new String[count];
        int w = 0;
        while (w < count) {
            if (!firstWordHashes.get(bucket(Words.foldedHash(text, starts[w], ends[w])))) {
                w++;
                continue;
            }
            List<Entry> candidates = byFirstWord.get(keyAt(text, keys, starts, ends, w));
            int matched = 0;
            if (candidates != null) {
                for (Entry entry : candidates) {
                    if (matches(text, entry, keys, starts, ends, w, count)) {
                        matched = entry.words().length;
                        out.add(new Span(starts[w], ends[w + matched - 1], entry.kind()));
                        break;
                    }
                }
            }
            w += Math.max(matched, 1);
        }
    }

    private static int bucket(int hash) {
        return (hash ^ (hash >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
    }

    private static String keyAt(String text, String[] keys, int[] starts, int[] ends, int w) {
        if (keys[w] == null) {
            keys[w] = Words.key(text.substring(starts[w], ends[w]));
        }
        return keys[w];
    }

    private static boolean matches(
            String text, Entry entry, String[] keys, int[] starts, int[] ends, int w, int count) {
        String[] words = entry.words();
        if (w + words.length > count) {
            return false;
        }
        boolean capital = false;
        for (int k = 0; k < words.length; k++) {
            int at = w + k;
            if (k > 0 && !smallGap(text, ends[at - 1], starts[at])) {
                return false;
            }
            if (!keyAt(text, keys, starts, ends, at).equals(words[k])) {
                return false;
            }
            capital |= Character.isUpperCase(text.charAt(starts[at]));
        }
        return capital;
    }

    private static boolean smallGap(String text, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
