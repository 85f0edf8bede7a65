package eu.coact.export.datapackage.internal;

import eu.coact.export.datapackage.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The lexical rules of the Table Schema types (default formats only) and the order of values
 * for minimum/maximum checks.
 */
public final class ValueType {

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "1");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "0");

    private ValueType() {}

    /**
     * Why a text is not a value of a type, or empty when it is one.
     *
     * @param type the field type
     * @param text the CSV text (not a missing-value code)
     * @return a short reason for a person, if the text is not a value of the type
     */
    public static Optional<String> check(FieldType type, String text) {
        boolean ok = switch (type) {
            case STRING -> true;
            case INTEGER -> isInteger(text);
            case YEAR -> isYear(text);
            case NUMBER -> isNumber(text);
            case BOOLEAN -> TRUE.contains(text) || FALSE.contains(text);
            case DATE -> isPlainDate(text, 0) && text.length() == 10 || parses(() -> LocalDate.parse(text));
            case TIME -> parses(() -> LocalTime.parse(text));
            case DATETIME -> isPlainDateTime(text) || parses(() -> instant(text));
        };
        return ok ? Optional.empty() : Optional.of("'" + abbreviate(text) + "' is not " + describe(type));
    }

    /** Compares two valid values of a type: negative, zero or positive like {@code compareTo}. */
    public static int compare(FieldType type, String a, String b) {
        return switch (type) {
            case INTEGER, YEAR ->
                a.length() <= 18 && b.length() <= 18
                        ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                        : new BigInteger(a).compareTo(new BigInteger(b));
            case NUMBER -> compareNumbers(a, b);
            case DATE -> LocalDate.parse(a).compareTo(LocalDate.parse(b));
            case TIME -> LocalTime.parse(a).compareTo(LocalTime.parse(b));
            case DATETIME -> instant(a).compareTo(instant(b));
            case BOOLEAN -> Boolean.compare(TRUE.contains(a), TRUE.contains(b));
            case STRING -> a.compareTo(b);
        };
    }

    private static int compareNumbers(String a, String b) {
        boolean specialA = isSpecial(a);
        boolean specialB = isSpecial(b);
        if (specialA || specialB) {
            return Double.compare(special(a), special(b));
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }

    private static boolean isSpecial(String s) {
        return s.equals("NaN") || s.equals("INF") || s.equals("-INF");
    }

    private static double special(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** A date-time with an offset is that instant; one without is read as UTC. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * A fast check of the common form {@code 2026-11-21T14:30:00} with an optional {@code Z} or
     * {@code ±hh:mm}; anything else is left to java.time, so this only speeds up, never widens.
     */
    private static boolean isPlainDateTime(String s) {
        int n = s.length();
        if (n < 19 || !isPlainDate(s, 0) || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return false;
        }
        int hour = twoDigits(s, 11);
        int minute = twoDigits(s, 14);
        int second = twoDigits(s, 17);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        if (n == 19) {
            return true;
        }
        if (n == 20) {
            return s.charAt(19) == 'Z';
        }
        if (n == 25 && (s.charAt(19) == '+' || s.charAt(19) == '-') && s.charAt(22) == ':') {
            int oh = twoDigits(s, 20);
            int om = twoDigits(s, 23);
            return oh >= 0 && oh <= 18 && om >= 0 && om <= 59;
        }
        return false;
    }

    /** {@code yyyy-MM-dd} at an offset, with a real day of a real month. */
    private static boolean isPlainDate(String s, int at) {
        if (s.length() < at + 10 || s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return false;
        }
        int hi = twoDigits(s, at);
        int lo = twoDigits(s, at + 2);
        int month = twoDigits(s, at + 5);
        int day = twoDigits(s, at + 8);
        if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int year = hi * 100 + lo;
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    static boolean isInteger(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i = 1;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String s) {
        return isInteger(s) && s.replace("-", "").replace("+", "").length() == 4;
    }

    private static boolean isNumber(String s) {
        if (isSpecial(s)) {
            return true;
        }
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "an integer (digits with an optional sign)";
            case YEAR -> "a four-digit year";
            case NUMBER -> "a number such as 3.5 or 1e-3";
            case BOOLEAN -> "a boolean (true or false)";
            case DATE -> "a date such as 2026-11-21";
            case TIME -> "a time such as 14:30:00";
            case DATETIME -> "a date-time such as 2026-11-21T14:30:00Z";
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
