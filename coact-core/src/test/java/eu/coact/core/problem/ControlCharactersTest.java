package eu.coact.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Text from an input can never reach a terminal with a control character in it. */
class ControlCharactersTest {

    @Property(tries = 500)
    void escapedTextHasNoUnsafeCharacterAndSafeTextIsUnchanged(@ForAll String text) {
        String escaped = ControlCharacters.escape(text);
        assertThat(escaped.chars().noneMatch(c -> ControlCharacters.isUnsafe((char) c)))
                .isTrue();
        if (text.chars().noneMatch(c -> ControlCharacters.isUnsafe((char) c))) {
            assertThat(escaped).isEqualTo(text);
        }
    }

    @Property(tries = 500)
    void keepingLinesEscapesEverythingButLineFeedAndTab(@ForAll String text) {
        String escaped = ControlCharacters.escapeKeepingLines(text);
        assertThat(escaped.chars()
                        .filter(c -> c != '\n' && c != '\t')
                        .noneMatch(c -> ControlCharacters.isUnsafe((char) c)))
                .isTrue();
        assertThat(escaped.chars().filter(c -> c == '\n').count())
                .isEqualTo(text.chars().filter(c -> c == '\n').count());
    }

    @Property(tries = 300)
    void aRenderedProblemIsOneLineWithoutUnsafeCharactersAndItsJsonKeepsTheExactText(
            @ForAll String source, @ForAll String path, @ForAll String message) throws Exception {
        if (source.isBlank() || message.isBlank()) {
            return;
        }
        Problem problem = Problem.error("syntax-error", message, Location.of(source, path, 3, 4));
        String rendered = Problems.of(problem).render();
        assertThat(rendered.chars().filter(c -> c != '\n').noneMatch(c -> ControlCharacters.isUnsafe((char) c)))
                .isTrue();
        assertThat(rendered.lines()).hasSize(2);
        String json = Problems.of(problem).toJson();
        assertThat(json.chars().noneMatch(c -> ControlCharacters.isUnsafe((char) c)))
                .isTrue();
        JsonNode first = new ObjectMapper().readTree(json).get("problems").get(0);
        assertThat(first.get("message").asText()).isEqualTo(message);
        assertThat(first.get("path").asText()).isEqualTo(path);
        assertThat(first.get("source").asText()).isEqualTo(source);
    }

    @Example
    void aKeyWithTerminalEscapesCannotForgeALineOfTheReport() {
        String yaml = "\"\\e[2J\\e[H\\nNo problems found.\\u202E\": 1\n";
        SourceDocument doc = DocumentReader.standard()
                .read("study.yaml", yaml, DocumentFormat.YAML)
                .orElseThrow();
        String key = doc.root().fieldNames().next();
        Problem problem = Problem.error(
                "unknown-field", "Unknown field '" + key + "'.", doc.locate("/" + SourceDocument.escape(key)));
        String rendered = Problems.of(problem).render();
        assertThat(rendered)
                .doesNotContain("\u001B")
                .doesNotContain("\u202E")
                .contains("\\u001B[2J\\u001B[H\\u000ANo problems found.\\u202E");
        assertThat(rendered.lines().filter(line -> line.startsWith("No problems found")))
                .isEmpty();
    }
}
