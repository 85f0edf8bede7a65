package eu.coact.export.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPackageJsonTest {

    @Test
    void theSamePackageAlwaysRendersToTheSameText() {
        assertThat(DataPackageJson.render(SampleRelease.descriptor()))
                .isEqualTo(DataPackageJson.render(SampleRelease.descriptor()))
                .doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void keysFollowTheStandardsOrderAndDeclareTheV2Profile() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DataPackageJson.render(SampleRelease.descriptor()));
        assertThat(keys(root))
                .containsExactly(
                        "$schema",
                        "name",
                        "title",
                        "description",
                        "version",
                        "created",
                        "keywords",
                        "licenses",
                        "contributors",
                        "sources",
                        "resources");
        assertThat(root.get("$schema").asText()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
        JsonNode answers = root.at("/resources/2");
        assertThat(keys(answers)).containsExactly("name", "type", "path", "format", "mediatype", "encoding", "schema");
        assertThat(answers.at("/schema/primaryKey").toString()).isEqualTo("[\"participant\",\"block\"]");
        assertThat(answers.at("/schema/foreignKeys/0").toString())
                .isEqualTo(
                        "{\"fields\":[\"participant\"],\"reference\":{\"resource\":\"participants\",\"fields\":[\"participant\"]}}");
        assertThat(answers.at("/schema/fields/3/constraints").toString()).isEqualTo("{\"minimum\":1,\"maximum\":5}");
        assertThat(root.at("/resources/0/schema/missingValues").toString()).isEqualTo("[\"\",\"rather-not-answer\"]");
        assertThat(root.at("/contributors/1").toString())
                .isEqualTo(
                        "{\"title\":\"Research team\",\"roles\":[\"contact\",\"dataCurator\"],\"organization\":\"A university\"}");
        assertThat(root.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
