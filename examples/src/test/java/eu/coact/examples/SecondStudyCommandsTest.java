package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second health context runs with the same commands as the demo study, and no code of its own. */
class SecondStudyCommandsTest {

    @Test
    void validatesWithoutAProblemEvenWhenStrict() {
        Launch run = Launch.of("validate", "--strict", "studies/dementia-carers");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No problems found.");
    }

    @Test
    void theDemoRunsItByNameFromTheLauncherAndReleasesItsData(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("out");
        Launch run =
                Launch.of("demo", "--study", "dementia-carers", "--participants", "40", "--output", output.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Study 'dementia-carers'").contains("Open-data release:");
        JsonNode summary = new ObjectMapper()
                .readTree(output.resolve("open-data-internal-not-for-deposit/summary.json")
                        .toFile());
        assertThat(summary.get("study").asText()).isEqualTo("dementia-carers");
        assertThat(summary.get("release").get("written").asBoolean()).isTrue();
        assertThat(output.resolve("open-data/datapackage.json")).isNotEmptyFile();
    }

    @Test
    void chatsInItalian() {
        Launch run =
                Launch.typing("1\n1\n", "chat", "--study", "dementia-carers", "--language", "it", "--speed", "10000");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains(
                        "Hai letto le informazioni e accetti di partecipare?",
                        "  1) Sì, accetto",
                        "possiamo pubblicare le tue risposte");
    }

    @Test
    void theDefaultStudyIsTheDemoStudyInsideTheLauncher() {
        Launch run = Launch.typing("", "chat", "--language", "de", "--speed", "10000");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("'coact-mental-health'");
        assertThat(run.out()).contains("Hast du die Informationen gelesen");
    }

    @Test
    void anUnknownStudyNameListsTheExampleStudies() {
        Launch run = Launch.of("validate", "no-such-study");
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        Launch chat = Launch.of("chat", "--study", "no-such-study");
        assertThat(chat.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(chat.err()).contains("coact-mental-health, dementia-carers");
    }
}
