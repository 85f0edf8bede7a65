package eu.coact.content.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

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
}
