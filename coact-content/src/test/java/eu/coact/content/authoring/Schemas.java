package eu.coact.content.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The published JSON Schemas, loaded from the jar's resources. */
final class Schemas {

    static final JsonSchema BLOCK = load("content-block.schema.json");
    static final JsonSchema STUDY = load("study.schema.json");

    private Schemas() {}

    private static JsonSchema load(String name) {
        try (InputStream in = ContentReader.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> check(JsonSchema schema, JsonNode document) {
        return schema.validate(document);
    }
}
