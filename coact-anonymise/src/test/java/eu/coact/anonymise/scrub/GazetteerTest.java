package eu.coact.anonymise.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    @TempDir
    Path dir;

    @Test
    void aValidFileGivesNamesAndPlaces() throws Exception {
        Path file = dir.resolve("gazetteer.yaml");
        Files.writeString(file, "names:\n  - Núria\n  - Jordi Puig\nplaces:\n  - Sabadell\n");
        Gazetteer gazetteer = Gazetteer.read(file).orElseThrow();
        assertThat(gazetteer.names()).containsExactly("Núria", "Jordi Puig");
        assertThat(gazetteer.places()).containsExactly("Sabadell");
        assertThat(gazetteer.toString()).isEqualTo("Gazetteer[2 names, 1 places]");
    }

    @Test
    void everyProblemIsReportedWithFileAndLineAndNeverQuotesTheEntry() {
        String yaml = """
                names:
                  - Núria
                  - X
                  - "  "
                  - Ma[ria]
                  - nuria
                places:
                  - 42
                  - Sabadell
                towns:
                  - Reus
                """;
        Validated<Gazetteer> result = Gazetteer.read("study-gazetteer.yaml", yaml, DocumentFormat.YAML);
        assertThat(result.isValid()).isFalse();
        List<Problem> problems = result.problems().asList();
        assertThat(problems)
                .extracting(Problem::code)
                .contains(
                        "gazetteer-entry-too-short",
                        "gazetteer-entry-blank",
                        "gazetteer-entry-characters",
                        "gazetteer-entry-repeated",
                        "gazetteer-entry-not-text",
                        "gazetteer-unknown-list");
        assertThat(problems).allSatisfy(p -> assertThat(p.location().source()).isEqualTo("study-gazetteer.yaml"));
        assertThat(problems)
                .filteredOn(p -> p.code().equals("gazetteer-entry-too-short"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().path()).isEqualTo("/names/1");
                    assertThat(p.location().line()).isEqualTo(3);
                });
        assertThat(problems)
                .filteredOn(p -> p.code().equals("gazetteer-entry-not-text"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(8));
        assertThat(result.problems().render()).doesNotContain("Ma[ria]").doesNotContain("Núria");
    }

    @Test
    void anEntryThatIsBothANameAndAPlaceIsAWarningNotAnError() {
        Validated<Gazetteer> result = Gazetteer.of(List.of("Rosa"), List.of("Rosa"));
        assertThat(result.isValid()).isTrue();
        assertThat(result.problems().warnings())
                .extracting(Problem::code)
                .containsExactly("gazetteer-entry-name-and-place");
    }

    @Test
    void aFileThatIsNotAMappingOrNotWellFormedIsRefusedWithALocation() {
        assertThat(Gazetteer.read("g.yaml", "- Núria\n", DocumentFormat.YAML)
                        .problems()
                        .asList())
                .extracting(Problem::code)
                .contains("gazetteer-not-a-mapping");
        assertThat(Gazetteer.read("g.json", "{\"names\": [\"Núria\",]", DocumentFormat.JSON)
                        .isValid())
                .isFalse();
        assertThat(Gazetteer.read("g.yaml", "places: Sabadell\n", DocumentFormat.YAML)
                        .problems()
                        .asList())
                .extracting(Problem::code)
                .contains("gazetteer-not-a-list");
    }

    @Test
    void matchingIgnoresCaseAndAccentsButNeedsACapital() {
        Scrubber scrubber = Scrubber.with(Gazetteer.of(List.of("Núria", "Rosa"), List.of("Carrer de Verdi"))
                .orElseThrow());
        assertThat(scrubber.scrub("Sóc la Nuria, del carrer de Verdi.").text())
                .isEqualTo("Sóc la [NAME], del [PLACE].");
        assertThat(scrubber.scrub("una jaqueta rosa").text()).isEqualTo("una jaqueta rosa");
        assertThat(scrubber.scrub("La Rosa ve demà").text()).isEqualTo("La [NAME] ve demà");
        assertThat(scrubber.scrub("carrer de. Verdi").text()).isEqualTo("carrer de. Verdi");
    }
}
