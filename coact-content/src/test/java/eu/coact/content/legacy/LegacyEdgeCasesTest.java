package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.SingleChoice;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyEdgeCasesTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void nonAsciiIdsArePreservedAndNfdFileNamesAreReportedAndNormalised(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("sequence.txt"), "Obrir_camí  \n\n");
        Files.writeString(folder.resolve(nfd("Obrir_camí") + ".json"), """
                {"_id": "Obrir_camí", "title": "compartir_vivencias", "initial_messages": ["1"], "points": ["1"],
                 "messages": {
                   "1": {"type": "SA", "text": {"ca": "Hola", "es": "Hola", "en": "Hello", "de": "Hallo"},
                         "vars": [{"name": "cont", "type": "button", "texts": ["Seguir"], "values": ["si"],
                                   "type2": "img", "file_name": "%s"}],
                         "wait": null, "next": null}}}
                """.formatted(nfd("Camí.jpg")));
        LegacyMapping mapping = new LegacyMapping(
                Map.of(),
                Map.of(
                        eu.coact.core.BlockId.of("Obrir_camí"),
                        new BlockMapping(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("a co-researcher"),
                                Optional.of(eu.coact.content.SocialEnvironment.CLOSE),
                                java.util.Set.of(),
                                java.util.Set.of(),
                                Optional.empty(),
                                Map.of(),
                                java.util.List.of())),
                Map.of(
                        "Camí.jpg",
                        eu.coact.core.LocalizedText.of(
                                "ca", "Un camí", "es", "Un camino", "en", "A path", "de", "Ein Weg")));

        Validated<ImportedContent> result =
                LegacyImporterTest.importer().withMapping(mapping).importFolder(folder);

        assertThat(result.isValid()).as(result.problems().render()).isTrue();
        ContentBlock block = result.orElseThrow().blocks().get(0);
        assertThat(block.id().value()).isEqualTo("Obrir_camí");
        assertThat(result.orElseThrow().sequence()).containsExactly(block.id());
        SingleChoice first = (SingleChoice) block.messages().get(MessageId.of("1"));
        assertThat(first.image().orElseThrow().file().in(Language.of("ca"))).contains("Camí.jpg");
        assertThat(result.problems().withCode("media-name-not-nfc")).hasSize(1);
        assertThat(result.problems().withCode("id-not-file-name")).isEmpty();
    }

    @Test
    void aTranslationSlotHoldingAnotherLanguagesTextIsReported(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("sequence.txt"), "info\n");
        Files.writeString(folder.resolve("info.json"), """
                {"_id": "info", "title": "textos_informativos", "initial_messages": ["1"], "points": ["0"],
                 "messages": {"1": {"type": "NA", "wait": 2.5, "next": null,
                   "text": {"ca": "Gràcies per participar!", "es": "Gràcies per participar!",
                            "en": "Thanks for taking part!", "de": "Danke fürs Mitmachen!"}}}}
                """);

        Validated<ImportedContent> result = LegacyImporterTest.importer().importFolder(folder);

        assertThat(result.problems().withCode("same-text-in-languages")).hasSize(1);
        assertThat(result.problems().withCode("same-text-in-languages").get(0).message())
                .contains("ca, es");
        assertThat(result.orElseThrow()
                        .blocks()
                        .get(0)
                        .messages()
                        .get(MessageId.of("1"))
                        .pacing()
                        .delay())
                .contains(java.time.Duration.ofMillis(2500));
    }

    @Test
    void unsupportedFeaturesAreReportedNotGuessed(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("sequence.txt"), "multi\nmissing_block\n");
        Files.writeString(folder.resolve("multi.json"), """
                {"_id": "multi", "title": "user_engagement", "initial_messages": ["1", "2"], "points": ["1 + 1"],
                 "messages": {
                   "1": {"type": "CA", "text": "x", "wait": null, "next": null},
                   "2": {"type": "WA", "text": "y", "vars": [{"name": "t", "condition": "len('{t}') < 5"}],
                         "wait": null, "next": null, "action": "update_rhythm"}}}
                """);

        Validated<ImportedContent> result = LegacyImporterTest.importer().importFolder(folder);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems().asList())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains(
                        "unsupported-feature /initial_messages",
                        "unsupported-feature /points/0",
                        "unsupported-feature /messages/1/type",
                        "unsupported-condition /messages/2/vars/0/condition",
                        "missing-continuation /messages/2/next",
                        "unknown-block ");
    }

    @Test
    void aMalformedLegacyFileIsAReport(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("sequence.txt"), "bad\n");
        Files.writeString(folder.resolve("bad.json"), "{\"_id\": \"bad\", \"messages\": [1, 2,");

        Validated<ImportedContent> result = LegacyImporterTest.importer().importFolder(folder);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems().withCode("syntax-error")).hasSize(1);
        assertThat(List.copyOf(result.problems().asList()))
                .allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
}
