package eu.coact.core.journal.internal;

import java.nio.charset.StandardCharsets;

/**
 * Writing journal strings and numbers into byte arrays. Pseudonyms and event types are ASCII by
 * construction, so their UTF-8 form is one byte per character and can be written without
 * building an intermediate array; any other string takes the general path.
 */
final class Ascii {

    private Ascii() {}

    /** How many bytes the UTF-8 form of {@code text} has. */
    static int encodedLength(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return length;
    }

    /** Writes the UTF-8 form of {@code text} at {@code at}; returns the position after it. */
    static int put(String text, byte[] out, int at) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, out, at, bytes.length);
                return at + bytes.length;
            }
            out[at + i] = (byte) c;
        }
        return at + length;
    }

    /** Writes a big-endian long. */
    static void putLong(byte[] out, int at, long value) {
        putInt(out, at, (int) (value >>> 32));
        putInt(out, at + 4, (int) value);
    }

    /** Writes a big-endian int. */
    static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
    }

    /** Writes a big-endian short. */
    static void putShort(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 8);
        out[at + 1] = (byte) value;
    }
}
