package eu.coact.export.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Language;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.export.datapackage.Licence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepositMetadataTest {

    static final String SAMPLE_YAML = """
            title: "CoAct for Mental Health: answers to microstories"
            description: "Pseudonymised answers of citizen scientists to first-person microstories."
            version: "1.0.0"
            released: 2026-11-21
            publisher: "Universitat de Barcelona"
            language: en
            licence: CC-BY-4.0
            doi: 10.5281/zenodo.1234567
            url: https://example.org/coact/releases/1.0.0
            keywords: [citizen social science, mental health]
            creators:
              - given: Ana
                family: "García"
                orcid: 0000-0002-1825-0097
                affiliation: "Universitat de Barcelona"
              - organisation: "Co-Researchers of CoAct for Mental Health"
            contributors:
              - organisation: "Knowledge Coalition"
                role: ResearchGroup
              - given: Joan
                family: Puig
                role: ContactPerson
            """;

    @TempDir
    Path dir;

    static ReleaseMetadata sample() {
        return new ReleaseMetadata(
                "CoAct for Mental Health: answers to microstories",
                "Pseudonymised answers of citizen scientists to first-person microstories.",
                "1.0.0",
                LocalDate.of(2026, 11, 21),
                "Universitat de Barcelona",
                Language.of("en"),
                List.of(
                        new Creator.Person(
                                "Ana",
                                "García",
                                Optional.of("0000-0002-1825-0097"),
                                Optional.of("Universitat de Barcelona")),
                        new Creator.Organisation("Co-Researchers of CoAct for Mental Health")),
                List.of(
                        new Contribution(
                                new Creator.Organisation("Knowledge Coalition"), ContributorRole.RESEARCH_GROUP),
                        new Contribution(
                                new Creator.Person("Joan", "Puig", Optional.empty(), Optional.empty()),
                                ContributorRole.CONTACT_PERSON)),
                Licence.ccBy4(),
                List.of("citizen social science", "mental health"),
                Optional.of("10.5281/zenodo.1234567"),
                Optional.of("https://example.org/coact/releases/1.0.0"));
    }

    @Test
    void aMetadataFileReadsIntoTheModel() throws IOException {
        Path file = Files.writeString(dir.resolve("release.yaml"), SAMPLE_YAML);
        Validated<ReleaseMetadata> read = ReleaseMetadataReader.read(file);
        assertThat(read.problems().isEmpty()).as(read.problems().render()).isTrue();
        assertThat(read.orElseThrow()).isEqualTo(sample());
    }

    @Test
    void everyMistakeIsReportedWithItsLine() throws IOException {
        String bad = SAMPLE_YAML
                .replace("version: \"1.0.0\"", "version: 1.0")
                .replace("orcid: 0000-0002-1825-0097", "orcid: 0000-0002-1825-0098")
                .replace("role: ResearchGroup", "role: Coalition")
                .replace("licence: CC-BY-4.0", "licence: CC-BY-5.0")
                .replace("released: 2026-11-21", "released: 21/11/2026\nreleasd: 2026");
        Path file = Files.writeString(dir.resolve("release.yaml"), bad);

        Validated<ReleaseMetadata> read = ReleaseMetadataReader.read(file);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().asList())
                .extracting(p -> p.code() + "@" + p.location().line() + " "
                        + p.location().path())
                .containsExactlyInAnyOrder(
                        "wrong-type@3 /version",
                        "invalid-date@4 /released",
                        "unknown-field@5 /releasd",
                        "unknown-licence@8 /licence",
                        "invalid-orcid@15 /creators/0/orcid",
                        "unknown-role@20 /contributors/0/role");
        assertThat(read.problems().asList())
                .allSatisfy(p -> assertThat(p.location().source()).endsWith("release.yaml"));
        assertThat(read.problems().withCode("invalid-orcid"))
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("check digit");
    }

    @Test
    void dataCiteJsonHasEveryMandatoryProperty() throws IOException {
        JsonNode json = DocumentReader.standard()
                .read("datacite.json", DataCiteJson.render(sample()), DocumentFormat.JSON)
                .orElseThrow()
                .root();
        assertThat(json.at("/doi").asText()).isEqualTo("10.5281/zenodo.1234567");
        assertThat(json.at("/creators/0/name").asText()).isEqualTo("García, Ana");
        assertThat(json.at("/creators/0/nameIdentifiers/0/nameIdentifier").asText())
                .isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(json.at("/creators/1/nameType").asText()).isEqualTo("Organizational");
        assertThat(json.at("/titles/0/title").asText()).startsWith("CoAct for Mental Health");
        assertThat(json.at("/publisher/name").asText()).isEqualTo("Universitat de Barcelona");
        assertThat(json.at("/publicationYear").textValue()).isEqualTo("2026");
        assertThat(json.at("/types/resourceTypeGeneral").asText()).isEqualTo("Dataset");
        assertThat(json.at("/contributors/0/contributorType").asText()).isEqualTo("ResearchGroup");
        assertThat(json.at("/rightsList/0/rightsIdentifier").asText()).isEqualTo("cc-by-4.0");
        assertThat(DataCiteJson.render(sample())).isEqualTo(DataCiteJson.render(sample()));
    }

    @Test
    void citationCffReadsBackAsYamlWithTheRequiredKeys() {
        String cff = CitationCff.render(sample());
        JsonNode yaml = DocumentReader.standard()
                .read("CITATION.cff", cff, DocumentFormat.YAML)
                .orElseThrow()
                .root();
        assertThat(yaml.at("/cff-version").asText()).isEqualTo("1.2.0");
        assertThat(yaml.at("/message").asText()).isNotBlank();
        assertThat(yaml.at("/type").asText()).isEqualTo("dataset");
        assertThat(yaml.at("/title").asText()).isEqualTo("CoAct for Mental Health: answers to microstories");
        assertThat(yaml.at("/authors/0/family-names").asText()).isEqualTo("García");
        assertThat(yaml.at("/authors/0/orcid").asText()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(yaml.at("/authors/1/name").asText()).isEqualTo("Co-Researchers of CoAct for Mental Health");
        assertThat(yaml.at("/date-released").asText()).isEqualTo("2026-11-21");
        assertThat(yaml.at("/license").asText()).isEqualTo("CC-BY-4.0");
        assertThat(yaml.at("/keywords/1").asText()).isEqualTo("mental health");
    }

    @Test
    void awkwardTextSurvivesTheCitationFile() {
        ReleaseMetadata odd = new ReleaseMetadata(
                "Title: with \"quotes\", # hash\nand a newline",
                "",
                "1.0",
                LocalDate.of(2026, 1, 2),
                "P",
                Language.of("ca"),
                List.of(new Creator.Organisation("- looks like a list")),
                List.of(),
                Licence.cc0(),
                List.of("yes", "no", "null"),
                Optional.empty(),
                Optional.empty());
        JsonNode yaml = DocumentReader.standard()
                .read("CITATION.cff", CitationCff.render(odd), DocumentFormat.YAML)
                .orElseThrow()
                .root();
        assertThat(yaml.at("/title").asText()).isEqualTo("Title: with \"quotes\", # hash\nand a newline");
        assertThat(yaml.at("/authors/0/name").asText()).isEqualTo("- looks like a list");
        assertThat(yaml.at("/keywords/2").isTextual()).isTrue();
    }

    @Test
    void theModelRefusesWhatRepositoriesWouldRefuse() {
        assertThatThrownBy(() -> new Creator.Person("A", "B", Optional.of("0000-0002-1825-0098"), Optional.empty()))
                .hasMessageContaining("not an ORCID iD");
        assertThat(Creator.Person.isOrcid("0000-0002-1694-233X")).isTrue();
        assertThatThrownBy(() -> new ReleaseMetadata(
                        "t",
                        "",
                        "1",
                        LocalDate.now(),
                        "p",
                        Language.of("en"),
                        List.of(),
                        List.of(),
                        Licence.ccBy4(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("at least one creator");
        assertThatThrownBy(() -> new ReleaseMetadata(
                        "t",
                        "",
                        "1",
                        LocalDate.now(),
                        "p",
                        Language.of("en"),
                        List.of(new Creator.Organisation("o")),
                        List.of(),
                        Licence.ccBy4(),
                        List.of(),
                        Optional.of("https://doi.org/10.1/x"),
                        Optional.empty()))
                .hasMessageContaining("not a DOI");
    }
}
