package eu.coact.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The published receipt schema, to validate every receipt a test produces. */
final class ReceiptSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ReceiptSchema() {}

    private static JsonSchema load() {
        try (InputStream in = ConsentReceipt.class.getResourceAsStream(ConsentReceipt.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the receipt schema is not in the jar");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a receipt's JSON; empty when it conforms. */
    static Set<ValidationMessage> violations(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return SCHEMA.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
