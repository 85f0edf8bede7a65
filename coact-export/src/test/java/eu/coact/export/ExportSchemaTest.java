package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.coact.export.deposit.DataCiteJson;
import eu.coact.export.deposit.DepositMetadataTestAccess;
import eu.coact.export.report.ReportJson;
import eu.coact.export.report.SampleReportAccess;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySchemaIsShippedAndIsItselfValidJsonSchema() throws Exception {
        // The validator library maps the meta-schema's address to its own bundled copy.
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (ExportSchema s : ExportSchema.values()) {
            JsonNode schema = JSON.readTree(s.text());
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(metaSchema.validate(schema)).as(s.fileName()).isEmpty();
        }
    }

    @Test
    void theSampleMetadataFileMatchesItsSchema() throws Exception {
        assertThat(validate(
                        ExportSchema.RELEASE_METADATA,
                        new YAMLMapper().readTree(DepositMetadataTestAccess.sampleYaml())))
                .isEmpty();
    }

    @Test
    void theMetadataSchemaRefusesWhatTheReaderRefuses() throws Exception {
        ObjectNode doc = (ObjectNode) new YAMLMapper().readTree(DepositMetadataTestAccess.sampleYaml());
        doc.remove("creators");
        assertThat(validate(ExportSchema.RELEASE_METADATA, doc)).isNotEmpty();
        ObjectNode extra = (ObjectNode) new YAMLMapper().readTree(DepositMetadataTestAccess.sampleYaml());
        extra.put("releasd", "2026");
        assertThat(validate(ExportSchema.RELEASE_METADATA, extra)).isNotEmpty();
        ObjectNode role = (ObjectNode) new YAMLMapper().readTree(DepositMetadataTestAccess.sampleYaml());
        ((ObjectNode) role.at("/contributors/0")).put("role", "Coalition");
        assertThat(validate(ExportSchema.RELEASE_METADATA, role)).isNotEmpty();
    }

    @Test
    void theCodebookOfAReleaseMatchesItsSchema(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path release = ReleaseFixture.sampleRelease(dir);
        JsonNode codebook = JSON.readTree(java.nio.file.Files.readString(release.resolve("codebook/codebook.json")));

        assertThat(validate(ExportSchema.CODEBOOK, codebook)).isEmpty();
        ((ObjectNode) codebook.at("/questions/0")).remove("variable");
        assertThat(validate(ExportSchema.CODEBOOK, codebook)).isNotEmpty();
        JsonNode datacite = JSON.readTree(java.nio.file.Files.readString(release.resolve("datacite-draft.json")));
        assertThat(validate(ExportSchema.DATACITE, datacite)).isEmpty();
    }

    @Test
    void theReleaseConfigurationOfTheTestsMatchesItsSchemaAndTheSchemaRefusesWhatTheReaderRefuses(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path folder = ReleaseFixture.studyFolder(dir, "5", "generalise", 10);
        JsonNode config = new YAMLMapper().readTree(java.nio.file.Files.readString(folder.resolve("release.yaml")));

        assertThat(validate(ExportSchema.RELEASE_CONFIG, config)).isEmpty();
        ((ObjectNode) config).put("answered-at", "hour");
        assertThat(validate(ExportSchema.RELEASE_CONFIG, config)).isNotEmpty();
        JsonNode noModels = new YAMLMapper().readTree(java.nio.file.Files.readString(folder.resolve("release.yaml")));
        ((ObjectNode) noModels.get("disclosure")).putArray("models");
        assertThat(validate(ExportSchema.RELEASE_CONFIG, noModels)).isNotEmpty();
    }

    @Test
    void writtenDataCiteJsonMatchesItsSchema() throws Exception {
        JsonNode json = JSON.readTree(DataCiteJson.render(DepositMetadataTestAccess.sample()));
        assertThat(validate(ExportSchema.DATACITE, json)).isEmpty();
        ((ObjectNode) json).remove("publisher");
        assertThat(validate(ExportSchema.DATACITE, json)).isNotEmpty();
    }

    @Test
    void writtenReportJsonMatchesItsSchemaAndHidesHiddenCounts() throws Exception {
        JsonNode json = JSON.readTree(ReportJson.render(SampleReportAccess.create()));
        assertThat(validate(ExportSchema.REPORT, json)).isEmpty();
        assertThat(json.at("/sections/1/blocks/0/bars/3").toString())
                .isEqualTo("{\"label\":\"T02 \u2013 <Rare> & \\\"quoted\\\"\",\"hidden\":true}");
        ((ObjectNode) json.at("/sections/1/blocks/0/bars/3")).put("count", 3);
        assertThat(validate(ExportSchema.REPORT, json)).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(ExportSchema which, JsonNode document) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(which.text())
                .validate(document);
    }
}
