package eu.coact.anonymise.internal;

import eu.coact.anonymise.WeakPasswordException;
import eu.coact.anonymise.WeakPasswordException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a password is strong enough to protect a new keystore: at least
 * {@value #MIN_LENGTH} characters, not a common password or a simple variation of one (case,
 * spaces and punctuation, letter-for-digit swaps, digits or symbols added at either end, two
 * common entries joined), and not a pattern (a run, a repetition, fewer than five different
 * characters). The common passwords are the bundled {@code common-passwords.txt}; its
 * provenance is in the README beside it. Messages never quote the password.
 */
public final class PasswordPolicy {

    /** The fewest characters a keystore password may have. */
    public static final int MIN_LENGTH = 12;

    private static final int MIN_DISTINCT = 5;
    private static final int MIN_PART = 3;
    private static final Set<String> COMMON = load();
    private static final String ADVICE =
            "; choose a phrase of four or more unrelated words, or let a password" + " manager make one";

    private PasswordPolicy() {}

    /**
     * Refuses a weak password, saying why.
     *
     * @param password the candidate; not changed
     * @throws WeakPasswordException when it is too short, common or a pattern
     */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WeakPasswordException(
                    Reason.TOO_SHORT, "a keystore password has at least " + MIN_LENGTH + " characters" + ADVICE);
        }
        String compact = compact(new String(password));
        if (compact.codePoints().distinct().count() < MIN_DISTINCT || isRepetition(compact) || isRun(compact)) {
            throw new WeakPasswordException(
                    Reason.PATTERN,
                    "this password is a pattern (a run, a repetition or" + " fewer than " + MIN_DISTINCT
                            + " different characters) and is guessed quickly" + ADVICE);
        }
        for (String candidate : candidates(compact)) {
            if (COMMON.contains(candidate) || isTwoCommonParts(candidate) || isCommonWithPadding(candidate)) {
                throw new WeakPasswordException(
                        Reason.COMMON,
                        "this password is a common password, word or name,"
                                + " or a simple variation of one, and is among the first an attacker tries" + ADVICE);
            }
        }
    }

    /** Lower case, accents and compatibility forms folded, spaces and punctuation inside removed. */
    static String compact(String password) {
        String folded = Normalizer.normalize(Normalizer.normalize(password, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            boolean separator = Character.isWhitespace(c) || Character.isSpaceChar(c) || "-_.,;:'\"".indexOf(c) >= 0;
            if (!mark && !separator) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Set<String> candidates(String compact) {
        Set<String> out = new LinkedHashSet<>();
        out.add(compact);
        String stripped = stripEnds(compact);
        out.add(stripped);
        out.add(undoSwaps(stripped));
        out.add(stripEnds(undoSwaps(compact)));
        out.remove("");
        return out;
    }

    /** Digits and symbols added before or after a word ("Barcelona2024!") add little. */
    private static String stripEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String undoSwaps(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int at = "0134578@$!|".indexOf(c);
            out.append(at < 0 ? c : "oieastbasil".charAt(at));
        }
        return out.toString();
    }

    /** A common entry with only digits and symbols before or after it ("000000678901", "1984qwerty"). */
    private static boolean isCommonWithPadding(String s) {
        for (int cut = MIN_PART; cut < s.length(); cut++) {
            if (COMMON.contains(s.substring(0, cut)) && hasNoLetter(s.substring(cut))) {
                return true;
            }
            int from = s.length() - cut;
            if (COMMON.contains(s.substring(from)) && hasNoLetter(s.substring(0, from))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoLetter(String s) {
        return s.codePoints().noneMatch(Character::isLetter);
    }

    private static boolean isTwoCommonParts(String s) {
        for (int cut = MIN_PART; cut <= s.length() - MIN_PART; cut++) {
            if (COMMON.contains(s.substring(0, cut)) && COMMON.contains(s.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRepetition(String s) {
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(unit).equals(s.substring(0, s.length() - unit))) {
                return true;
            }
        }
        return false;
    }

    /** "abcdefghijkl", "987654321098": every step the same +1 or -1. */
    private static boolean isRun(String s) {
        int step = s.charAt(1) - s.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            boolean digitWrap = Character.isDigit(s.charAt(i)) && Math.abs(d) == 9;
            if (d != step && !digitWrap) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled list of common passwords is missing from this build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    words.add(compact(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled list of common passwords cannot be read", e);
        }
        return Set.copyOf(words);
    }
}
