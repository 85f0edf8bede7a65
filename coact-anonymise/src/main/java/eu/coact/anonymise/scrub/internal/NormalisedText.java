package eu.coact.anonymise.scrub.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text as the detectors see it — NFKC-normalised (full-width {@code ＠} and digits become
 * {@code @} and ASCII digits, ligatures are split, accents composed) and without invisible
 * format characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
 * bidirectional controls) — together with where each of its characters came from in the
 * original, so that what is found there is replaced in the original.
 *
 * <p>The original is cut into segments (a character with the combining marks that follow it),
 * and each segment is normalised on its own; a span of the normalised text maps back to the
 * whole segments it touches, so a replacement never cuts a character of the original in two.
 */
public final class NormalisedText {

    private final String text;
    /** For each character of {@link #text}: where its segment starts in the original; null when the same. */
    private final int[] starts;
    /** For each character of {@link #text}: where its segment ends in the original. */
    private final int[] ends;

    private NormalisedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * Normalises a text, keeping the way back.
     *
     * @param original the text as written
     * @return the view
     */
    public static NormalisedText of(String original) {
        if (isAlreadyNormal(original)) {
            return new NormalisedText(original, null, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 16];
        int[] ends = new int[original.length() + 16];
        int n = original.length();
        int i = 0;
        while (i < n) {
            int first = original.codePointAt(i);
            int end = i + Character.charCount(first);
            while (end < n && isMark(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
            if (Character.getType(first) != Character.FORMAT) {
                String normal = Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFKC);
                for (int k = 0; k < normal.length(); k++) {
                    if (out.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = i;
                    ends[out.length()] = end;
                    out.append(normal.charAt(k));
                }
            }
            i = end;
        }
        return new NormalisedText(out.toString(), starts, ends);
    }

    /**
     * Characters up to U+024F that NFKC leaves alone and that are not invisible: a text made only
     * of them is already what the detectors should see (no such pair composes either: composing
     * needs a combining mark, and marks start at U+0300).
     */
    private static final boolean[] STABLE = stableCharacters();

    private static final int STABLE_LIMIT = 0x250;

    private static boolean[] stableCharacters() {
        boolean[] stable = new boolean[STABLE_LIMIT];
        for (char c = 0; c < STABLE_LIMIT; c++) {
            String one = String.valueOf(c);
            stable[c] = Character.getType(c) != Character.FORMAT
                    && Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one);
        }
        return stable;
    }

    private static boolean isAlreadyNormal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= STABLE_LIMIT || !STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The normalised text, for the detectors.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Where a span of the normalised text starts in the original.
     *
     * @param start index in the normalised text
     * @return index in the original
     */
    public int originalStart(int start) {
        return starts == null ? start : starts[start];
    }

    /**
     * Where a span of the normalised text ends in the original.
     *
     * @param end one past the span's last character in the normalised text
     * @return one past its last character in the original
     */
    public int originalEnd(int end) {
        return ends == null ? end : ends[end - 1];
    }
}
