package eu.coact.export.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.coact.core.Language;
import eu.coact.export.ReleaseFixture;
import eu.coact.export.datapackage.Licence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DataCite record is checked against DataCite's own 4.5 JSON schema (vendored under
 * {@code src/test/resources/datacite}, see its README), not only against ours: valid whenever the
 * release has a DOI and a landing page, and written as a draft file otherwise.
 */
class DataCiteSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema DATACITE = load();

    @TempDir
    Path dir;

    private static JsonSchema load() {
        // The schema names itself with draft-04's "id"; draft-07 ignores that keyword, and so do we.
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("id"))
                .build();
        JsonSchemaFactory factory =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.metaSchema(draft7));
        try (InputStream in = DataCiteSchemaTest.class.getResourceAsStream("/datacite/datacite-v4.5.json")) {
            return factory.getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> check(ReleaseMetadata meta) throws IOException {
        return DATACITE.validate(JSON.readTree(DataCiteJson.render(meta)));
    }

    @Test
    void aRegistrableReleaseIsValidDataCite() throws IOException {
        ReleaseMetadata meta = DepositMetadataTest.sample();

        assertThat(meta.registrable()).isTrue();
        assertThat(DataCiteJson.fileName(meta)).isEqualTo("datacite.json");
        assertThat(check(meta)).isEmpty();
    }

    @Test
    void theSchemaCatchesWhatTheOldRecordGotWrong() throws IOException {
        // The attack: the record as it was written before, with a numeric year and no landing page.
        ObjectNode old = (ObjectNode) JSON.readTree(DataCiteJson.render(DepositMetadataTest.sample()));
        old.put("publicationYear", 2026);
        old.remove("url");

        assertThat(DATACITE.validate(old))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("publicationYear"))
                .anySatisfy(m -> assertThat(m).contains("url"));
    }

    @Test
    void aReleaseWithoutADoiWritesADraftAndNoRegistrableRecord() throws IOException {
        Path release = ReleaseFixture.sampleRelease(dir);

        assertThat(release.resolve("datacite.json")).doesNotExist();
        JsonNode draft = JSON.readTree(Files.readString(release.resolve("datacite-draft.json")));
        assertThat(draft.has("doi")).isFalse();
        // Only what makes it a draft is missing: the landing page DataCite requires.
        assertThat(DATACITE.validate(draft))
                .extracting(ValidationMessage::getMessage)
                .singleElement()
                .asString()
                .contains("url");
    }

    @Test
    void aDoiWithoutALandingPageIsRefusedWhereThePersonWroteIt() throws IOException {
        Path file = Files.writeString(
                dir.resolve("release.yaml"),
                DepositMetadataTest.SAMPLE_YAML.replace("url: https://example.org/coact/releases/1.0.0\n", ""));

        var read = ReleaseMetadataReader.read(file);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().asList())
                .extracting(p -> p.code() + "@" + p.location().line() + " "
                        + p.location().path())
                .containsExactly("missing-field@8 /doi");
    }

    @Provide
    Arbitrary<ReleaseMetadata> registrable() {
        Arbitrary<String> text =
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        Arbitrary<String> doi = Arbitraries.strings()
                .withChars("abcXYZ0189-._;()/:")
                .ofMinLength(1)
                .ofMaxLength(20)
                .map(suffix -> "10.5281/" + suffix);
        Arbitrary<Creator> person = net.jqwik.api.Combinators.combine(text, text)
                .as((g, f) -> new Creator.Person(g, f, Optional.empty(), Optional.empty()));
        Arbitrary<Creator> organisation = text.map(Creator.Organisation::new);
        Arbitrary<List<Creator>> creators =
                Arbitraries.oneOf(person, organisation).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<String>> keywords = text.list().ofMaxSize(3).uniqueElements();
        return net.jqwik.api.Combinators.combine(
                        text,
                        text,
                        creators,
                        keywords,
                        doi,
                        Arbitraries.integers().between(1000, 9999))
                .as((title, publisher, who, kw, d, year) -> new ReleaseMetadata(
                        title,
                        "",
                        "1.0.0",
                        LocalDate.of(year, 1, 31),
                        publisher,
                        Language.of("es"),
                        who,
                        List.of(),
                        Licence.ccBy4(),
                        kw,
                        Optional.of(d),
                        Optional.of("https://example.org/r/" + year)));
    }

    @Property(tries = 100)
    void everyRegistrableReleaseIsValidDataCite(@ForAll("registrable") ReleaseMetadata meta) throws IOException {
        assertThat(check(meta)).isEmpty();
    }

    @Property(tries = 20)
    void theYearIsAlwaysFourDigits(@ForAll @IntRange(min = 1000, max = 9999) int year) throws IOException {
        ReleaseMetadata meta = DepositMetadataTest.sample();
        ReleaseMetadata dated = new ReleaseMetadata(
                meta.title(),
                meta.description(),
                meta.version(),
                LocalDate.of(year, 6, 1),
                meta.publisher(),
                meta.language(),
                meta.creators(),
                meta.contributors(),
                meta.licence(),
                meta.keywords(),
                meta.doi(),
                meta.url());
        assertThat(JSON.readTree(DataCiteJson.render(dated))
                        .get("publicationYear")
                        .textValue())
                .matches("[0-9]{4}");
    }
}
