package eu.coact.anonymise.scrub.internal;

/**
 * The check characters of the structured identifiers, so that a number that merely looks like
 * an IBAN or a DNI is not reported (and a real one is).
 */
public final class Checksums {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private Checksums() {}

    /**
     * ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1.
     *
     * @param iban letters and digits only, upper case
     * @return whether the check digits are right
     */
    public static boolean iban(CharSequence iban) {
        int n = iban.length();
        if (n < 15 || n > 34) {
            return false;
        }
        int remainder = 0;
        for (int i = 0; i < n; i++) {
            char c = iban.charAt((i + 4) % n);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /**
     * Spanish DNI: the letter is {@code TRWAGMYFPDXBNJZSQVHLCKE} at the number mod 23.
     *
     * @param digits the eight digits
     * @param letter the letter, either case
     * @return whether the letter matches
     */
    public static boolean dni(CharSequence digits, char letter) {
        int number = Integer.parseInt(digits.toString());
        return DNI_LETTERS.charAt(number % 23) == Character.toUpperCase(letter);
    }

    /**
     * Spanish NIE: X, Y, Z stand for 0, 1, 2 in front of the seven digits, then as a DNI.
     *
     * @param prefix X, Y or Z
     * @param digits the seven digits
     * @param letter the letter
     * @return whether the letter matches
     */
    public static boolean nie(char prefix, CharSequence digits, char letter) {
        int lead = "XYZ".indexOf(Character.toUpperCase(prefix));
        return lead >= 0 && dni(lead + digits.toString(), letter);
    }

    /**
     * German tax id (Steuerliche Identifikationsnummer): 11 digits, the first not 0, in the
     * first ten exactly one digit repeated (twice or three times) and the last an ISO 7064
     * MOD 11,10 check digit.
     *
     * @param digits the 11 digits
     * @return whether it is well formed
     */
    public static boolean steuerId(CharSequence digits) {
        if (digits.length() != 11 || digits.charAt(0) == '0') {
            return false;
        }
        int[] seen = new int[10];
        for (int i = 0; i < 10; i++) {
            seen[digits.charAt(i) - '0']++;
        }
        int repeated = 0;
        int missing = 0;
        for (int count : seen) {
            if (count >= 2) {
                repeated += count <= 3 ? 1 : 2;
            }
            if (count == 0) {
                missing++;
            }
        }
        if (repeated != 1 || (missing != 1 && missing != 2)) {
            return false;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == digits.charAt(10) - '0';
    }

    /**
     * German identity card number (since 2010): nine characters and a check digit weighted
     * 7, 3, 1 over digit values (letters count as 10 for A up to 35 for Z).
     *
     * @param number the ten characters, upper case
     * @return whether the check digit is right
     */
    public static boolean germanIdCard(CharSequence number) {
        if (number.length() != 10) {
            return false;
        }
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = number.charAt(i);
            int value = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0) {
                return false;
            }
            sum += value * weights[i % 3];
        }
        char last = number.charAt(9);
        return last >= '0' && last <= '9' && sum % 10 == last - '0';
    }
}
