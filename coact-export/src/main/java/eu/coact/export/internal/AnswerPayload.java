package eu.coact.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.coact.core.BlockId;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the payload of an answer entry of the journal (block, variable and value): as the engine
 * writes it, straight from its bytes; anything else through a JSON parser. An entry that is not
 * an answer is a {@link JournalException}.
 */
final class AnswerPayload {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AnswerPayload() {}

    /** The answer an entry records; the names known to the study are used without decoding. */
    static RecordedAnswer read(JournalEntry entry, AnswerNames names) {
        byte[] payload = entry.payload().orElseThrow();
        int[] quick = quickFields(payload);
        if (quick != null) {
            // The study's own block id and variable when it knows them: no decoding, no id check, hash codes cached.
            BlockId known = names.blocks().lookup(payload, quick[0], quick[1]);
            String variable = names.variables().lookup(payload, quick[2], quick[3]);
            return new RecordedAnswer(
                    entry.sequence(),
                    entry.subject().orElseThrow(),
                    known != null ? known : BlockId.of(text(payload, quick[0], quick[1])),
                    variable != null ? variable : text(payload, quick[2], quick[3]),
                    text(payload, quick[4], quick[5]),
                    entry.at());
        }
        String block = null;
        String variable = null;
        String value = null;
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnAnswer(entry, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token != JsonToken.VALUE_STRING) {
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "block" -> block = parser.getText();
                    case "variable" -> variable = parser.getText();
                    case "value" -> value = parser.getText();
                    default -> {
                        // The message id and anything added later are not needed here.
                    }
                }
            }
        } catch (IOException e) {
            throw notAnAnswer(entry, e);
        }
        if (block == null || variable == null || value == null) {
            throw notAnAnswer(entry, null);
        }
        return new RecordedAnswer(
                entry.sequence(), entry.subject().orElseThrow(), BlockId.of(block), variable, value, entry.at());
    }

    /**
     * Block, variable and value of a payload as the engine writes it — a flat object of strings
     * without escapes — read without a JSON parser, because this runs once per answer of a
     * whole study. Anything else (escapes, other value types, odd spacing) gives null and is
     * left to the full parser. The result holds where each of the three strings starts and
     * ends (exclusive), without its quotes.
     */
    private static int[] quickFields(byte[] json) {
        int n = json.length;
        if (n < 2 || json[0] != '{' || json[n - 1] != '}') {
            return null;
        }
        int[] out = {-1, -1, -1, -1, -1, -1};
        int i = 1;
        while (i < n - 1) {
            int nameStart = i + 1;
            int nameEnd = stringEnd(json, i);
            if (nameEnd < 0 || nameEnd + 2 >= n || json[nameEnd + 1] != ':') {
                return null;
            }
            int valueStart = nameEnd + 2;
            int valueEnd = stringEnd(json, valueStart);
            if (valueEnd < 0) {
                return null;
            }
            int slot = slot(json, nameStart, nameEnd);
            if (slot >= 0) {
                out[2 * slot] = valueStart + 1;
                out[2 * slot + 1] = valueEnd;
            }
            i = valueEnd + 1;
            if (json[i] == ',') {
                i++;
            } else if (i != n - 1) {
                return null;
            }
        }
        return out[0] < 0 || out[2] < 0 || out[4] < 0 ? null : out;
    }

    private static String text(byte[] json, int from, int to) {
        return new String(json, from, to - from, StandardCharsets.UTF_8);
    }

    /** The index of the closing quote of a string starting at {@code start}, or -1 if it has escapes or is not a string. */
    private static int stringEnd(byte[] json, int start) {
        if (json[start] != '"') {
            return -1;
        }
        for (int i = start + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                return -1;
            }
            if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static final byte[][] NAMES = {
        "block".getBytes(StandardCharsets.US_ASCII),
        "variable".getBytes(StandardCharsets.US_ASCII),
        "value".getBytes(StandardCharsets.US_ASCII)
    };

    private static int slot(byte[] json, int from, int to) {
        for (int s = 0; s < NAMES.length; s++) {
            if (Arrays.equals(json, from, to, NAMES[s], 0, NAMES[s].length)) {
                return s;
            }
        }
        return -1;
    }

    private static JournalException notAnAnswer(JournalEntry entry, Exception cause) {
        String message = "journal entry #" + entry.sequence() + " (" + entry.type()
                + ") is not an answer with block, variable and value";
        return cause == null ? new JournalException(message) : new JournalException(message, cause);
    }
}
