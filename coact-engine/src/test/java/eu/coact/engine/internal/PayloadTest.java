package eu.coact.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

class PayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void anyTextsSurviveTheRoundTripAndAreValidJson(@ForAll String name, @ForAll String value, @ForAll String other)
            throws IOException {
        String secondName = name + "#2";
        byte[] bytes = Payload.of(name, value, secondName, other);
        JsonNode parsed = JSON.readTree(bytes);
        assertThat(parsed.get(name).asText()).isEqualTo(value);
        assertThat(parsed.get(secondName).asText()).isEqualTo(other);
        Fields fields = Payload.read(bytes);
        assertThat(fields.get(name)).isEqualTo(value);
        assertThat(fields.get(secondName)).isEqualTo(other);
    }

    @Property
    void asciiTextsWithQuotesAndControlCharactersSurviveTheRoundTrip(
            @ForAll @CharRange(from = 0, to = 127) String name,
            @ForAll @CharRange(from = 0, to = 127) String value,
            @ForAll("unicode") String other)
            throws IOException {
        byte[] ascii = Payload.of(name, value);
        JsonNode parsed = JSON.readTree(ascii);
        assertThat(parsed.size()).isEqualTo(1);
        assertThat(parsed.get(name).asText()).isEqualTo(value);
        // The same fields with one non-ASCII value take the general path; the ASCII part is the same bytes.
        String mixed = new String(Payload.of(name, value, name + "#2", other), StandardCharsets.UTF_8);
        String alone = new String(ascii, StandardCharsets.UTF_8);
        assertThat(mixed).startsWith(alone.substring(0, alone.length() - 1) + ",");
        assertThat(JSON.readTree(mixed).get(name + "#2").asText()).isEqualTo(other);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().ofMinLength(1).map(s -> s + "\u00e9");
    }
}
