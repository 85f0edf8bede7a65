package eu.coact.content.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Journal payloads as flat JSON objects of strings: readable by auditors with any JSON tool,
 * cheap to write and read with the streaming API.
 */
public final class Payload {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final byte[] EMPTY = {'{', '}'};

    private Payload() {
    }

    /**
     * A payload from names and values in turn.
     *
     * @param namesAndValues name, value, name, value, …
     * @return the UTF-8 JSON bytes
     */
    public static byte[] of(String... namesAndValues) {
        if (namesAndValues.length == 0) {
            return EMPTY.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + 16 * namesAndValues.length);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                generator.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a payload written by {@link #of}.
     *
     * @param bytes the payload
     * @return the fields; non-string values are ignored
     */
    public static Map<String, String> read(byte[] bytes) {
        Map<String, String> fields = new HashMap<>(8);
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a journal payload is not a JSON object", e);
        }
        return fields;
    }
}
