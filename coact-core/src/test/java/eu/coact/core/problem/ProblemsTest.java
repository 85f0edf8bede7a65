package eu.coact.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final Problem late = Problem.error(
            "dangling-next", "Message q9 does not exist.", Location.of("blocks/a.yaml", "/messages/q1/next", 12, 5));
    private final Problem early = Problem.warning(
            "missing-translation", "No German text.", Location.of("blocks/a.yaml", "/messages/q1/text", 3, 7));
    private final Problem otherFile =
            Problem.error("unknown-action", "No action 'update_sociodem'.", Location.of("study.yaml", "/actions/0"));

    @Test
    void problemsAreKeptInReadingOrder() {
        Problems problems = Problems.of(late, otherFile, early);
        assertThat(problems.asList()).containsExactly(early, late, otherFile);
    }

    @Test
    void errorsBlockAlwaysAndWarningsOnlyInStrictMode() {
        Problems warningsOnly = Problems.of(early);
        assertThat(warningsOnly.hasErrors()).isFalse();
        assertThat(warningsOnly.blocks(false)).isFalse();
        assertThat(warningsOnly.blocks(true)).isTrue();
        assertThat(Problems.of(late).blocks(false)).isTrue();
    }

    @Test
    void rendersOneLinePerProblemWithFileLineAndPath() {
        String report = Problems.of(late, early).render();
        assertThat(report)
                .contains("blocks/a.yaml:12:5 /messages/q1/next: error [dangling-next] Message q9 does not exist.")
                .endsWith("1 error, 1 warning");
        assertThat(Problems.none().render()).isEqualTo("No problems found.");
    }

    @Test
    void rendersAsJsonThatReadsBack() throws Exception {
        JsonNode json =
                new ObjectMapper().readTree(Problems.of(late, early, otherFile).toJson());
        assertThat(json.get("errors").asInt()).isEqualTo(2);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        JsonNode first = json.get("problems").get(0);
        assertThat(first.get("code").asText()).isEqualTo("missing-translation");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(json.get("problems").get(2).has("line")).isFalse();
    }

    @Test
    void codesMustBeKebabCaseAndMessagesNotBlank() {
        Location here = Location.of("x");
        assertThatThrownBy(() -> Problem.error("Dangling_Next", "m", here))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.error("dangling-next", " ", here))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderCollectsEverything() {
        Problems.Builder builder = Problems.builder();
        builder.add(early);
        assertThat(builder.hasErrors()).isFalse();
        builder.addAll(Problems.of(late, otherFile));
        assertThat(builder.hasErrors()).isTrue();
        assertThat(builder.build().size()).isEqualTo(3);
        assertThat(builder.build().withCode("dangling-next")).containsExactly(late);
    }

    @Test
    void validatedNeverCarriesAValueWithErrors() {
        Validated<String> valid = Validated.valid("x", Problems.of(early));
        assertThat(valid.asOptional()).contains("x");
        Validated<String> invalid = Validated.of("partial", Problems.of(late));
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.asOptional()).isEmpty();
        assertThatThrownBy(invalid::orElseThrow)
                .isInstanceOf(ProblemsException.class)
                .hasMessageContaining("dangling-next");
        assertThatThrownBy(() -> new Validated.Valid<>("x", Problems.of(late)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validated.invalid(Problems.of(early))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flatMapAccumulatesWarningsAndStopsAtErrors() {
        Validated<Integer> chained = Validated.valid("4", Problems.of(early))
                .flatMap(s -> Validated.valid(
                        Integer.parseInt(s), Problems.of(Problem.warning("value-drift", "Hm.", Location.of("y")))));
        assertThat(chained.problems().size()).isEqualTo(2);
        Validated<Integer> failed = Validated.valid("4", Problems.of(early)).flatMap(s -> Validated.invalid(late));
        assertThat(failed.problems().asList()).isEqualTo(List.of(early, late));
        assertThat(failed.map(i -> i + 1).isValid()).isFalse();
    }
}
