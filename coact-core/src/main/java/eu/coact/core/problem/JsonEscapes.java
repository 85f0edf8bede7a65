package eu.coact.core.problem;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * JSON string escaping that also writes DEL, C1 controls, bidirectional overrides and Unicode
 * line separators as {@code \}{@code uXXXX} (JSON itself escapes only C0): the parsed values are exactly
 * the same, but a report printed on a terminal cannot carry an escape sequence.
 */
final class JsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = ascii();

    private static int[] ascii() {
        int[] codes = standardAsciiEscapesForJSON();
        codes[0x7F] = ESCAPE_STANDARD;
        return codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch <= Character.MAX_VALUE && ControlCharacters.isUnsafe((char) ch)
                ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch))
                : null;
    }
}
