package eu.coact.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal payloads as flat JSON objects of strings: readable by auditors with any JSON tool.
 * Written by hand (the engine writes one per step, so it matters), read with Jackson's
 * streaming parser.
 */
public final class Payload {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Payload() {}

    /**
     * A payload from names and values in turn.
     *
     * @param namesAndValues name, value, name, value, …
     * @return the UTF-8 JSON bytes
     */
    public static byte[] of(String... namesAndValues) {
        // Nearly every payload is ASCII: measured first, it is written straight into its bytes.
        int length = 2 + Math.max(0, namesAndValues.length - 1);
        for (String text : namesAndValues) {
            int quoted = asciiQuotedLength(text);
            if (quoted < 0) {
                return ofUnicode(namesAndValues);
            }
            length += quoted;
        }
        byte[] json = new byte[length];
        json[0] = '{';
        int at = 1;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json[at++] = ',';
            }
            at = quoteAscii(json, at, namesAndValues[i]);
            json[at++] = ':';
            at = quoteAscii(json, at, namesAndValues[i + 1]);
        }
        json[at] = '}';
        return json;
    }

    /** The length of a quoted ASCII text, or -1 if the text is not ASCII. */
    private static int asciiQuotedLength(String text) {
        int length = 2 + text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            } else if (c == '"' || c == '\\') {
                length += 1;
            } else if (c < 0x20) {
                length += 5;
            }
        }
        return length;
    }

    private static int quoteAscii(byte[] json, int start, String text) {
        int at = start;
        json[at++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json[at++] = '\\';
                json[at++] = (byte) c;
            } else if (c < 0x20) {
                json[at++] = '\\';
                json[at++] = 'u';
                json[at++] = '0';
                json[at++] = '0';
                json[at++] = (byte) HEX[(c >> 4) & 0xf];
                json[at++] = (byte) HEX[c & 0xf];
            } else {
                json[at++] = (byte) c;
            }
        }
        json[at++] = '"';
        return at;
    }

    private static byte[] ofUnicode(String... namesAndValues) {
        StringBuilder json = new StringBuilder(16 + 24 * namesAndValues.length);
        json.append('{');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            quote(json, namesAndValues[i]);
            json.append(':');
            quote(json, namesAndValues[i + 1]);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append("\\u00").append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    /**
     * Reads a payload written by {@link #of}.
     *
     * @param bytes the payload
     * @return the fields; values that are not strings are ignored
     */
    static Fields read(byte[] bytes) {
        List<String> fields = new ArrayList<>(8);
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Fields.NONE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.add(name);
                    fields.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a journal payload is not a JSON object", e);
        }
        return new Fields(fields.toArray(new String[0]));
    }
}
