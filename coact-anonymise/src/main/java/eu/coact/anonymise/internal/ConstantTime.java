package eu.coact.anonymise.internal;

/**
 * Comparisons of secret-derived bytes whose running time depends only on the lengths, never on
 * where the first difference is, so that an observer cannot guess a pseudonym or token byte by
 * byte from how long a comparison took.
 */
public final class ConstantTime {

    private ConstantTime() {}

    /**
     * True when both arrays have the same length and the same bytes. Every byte is looked at,
     * whatever the content.
     *
     * @param a one array
     * @param b the other array
     * @return whether they are equal
     */
    public static boolean equal(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference |= a[i] ^ b[i];
        }
        return difference == 0;
    }

    /**
     * True when both strings have the same length and the same characters, looking at every
     * character whatever the content.
     *
     * @param a one string
     * @param b the other string
     * @return whether they are equal
     */
    public static boolean equal(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length(); i++) {
            difference |= a.charAt(i) ^ b.charAt(i);
        }
        return difference == 0;
    }
}
