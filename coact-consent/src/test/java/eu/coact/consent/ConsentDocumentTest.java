package eu.coact.consent;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentDocumentTest {

    private static final PurposeCatalogue CATALOGUE = PurposeCatalogue.studyDefaults();

    @TempDir
    Path dir;

    @Test
    void loadsEverySampleDocumentInItsLanguages() {
        List<ConsentDocument> documents = ConsentDocument.loadAll(SampleStudy.consentDirectory(), CATALOGUE)
                .orElseThrow();

        assertThat(documents)
                .extracting(d -> d.id() + "@" + d.version() + "/" + d.language())
                .containsExactly(
                        "co-researcher-agreement@1/ca",
                        "participant-consent@1/ca",
                        "participant-consent@1/en",
                        "participant-consent@1/es",
                        "participant-consent@2/de",
                        "participant-consent@2/en");
        ConsentDocument v1 = SampleStudy.v1();
        assertThat(v1.role()).isEqualTo(ParticipationRole.CITIZEN_SCIENTIST);
        assertThat(v1.mandatory()).containsExactlyInAnyOrder(SampleStudy.TAKE_PART, SampleStudy.PROCESS);
        assertThat(SampleStudy.coResearcher().mandatory()).contains(SampleStudy.QUOTE);
    }

    @Test
    void theDigestIsTheSha256OfTheExactTextAfterTheFrontMatter() throws IOException, NoSuchAlgorithmException {
        String file = Files.readString(SampleStudy.consentDirectory().resolve("participant-consent-v1.en.md"));
        String body = file.substring(file.indexOf("---", 3) + 4);
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(SampleStudy.v1().text()).isEqualTo(body);
        assertThat(SampleStudy.v1().digest()).isEqualTo(expected);
        assertThat(SampleStudy.v1().reference().digest()).isEqualTo(expected);
    }

    @Test
    void aChangedCharacterGivesAnotherDigest() throws IOException {
        Path original = write("a.md", markdown("participant-consent", 1, "en", "[take-part]", "Hello."));
        Path changed = write("b.md", markdown("participant-consent", 1, "en", "[take-part]", "Hello!"));

        assertThat(ConsentDocument.load(original, CATALOGUE).orElseThrow().digest())
                .isNotEqualTo(
                        ConsentDocument.load(changed, CATALOGUE).orElseThrow().digest());
    }

    @Test
    void reportsAnUnknownPurposeWithFileAndLine() throws IOException {
        Path file = write(
                "consent.md", markdown("participant-consent", 1, "en", "\n  - take-part\n  - sell-data", "Text."));

        Problems problems = invalid(ConsentDocument.load(file, CATALOGUE));

        Problem problem = problems.withCode("consent-purpose-unknown").get(0);
        assertThat(problem.location().source()).isEqualTo(file.toString());
        assertThat(problem.location().path()).isEqualTo("/purposes/1");
        assertThat(problem.location().line()).isEqualTo(9);
        assertThat(problem.message()).contains("sell-data");
    }

    @Test
    void reportsEveryMistakeOfAFileAtOnce() throws IOException {
        Path file = write("consent.md", """
                ---
                id: participant-consent
                version: zero
                language: en
                role: patient
                effective: 1 March
                purposes: [take-part]
                mandatory: [recontact]
                colour: blue
                ---
                Text.
                """);

        Problems problems = invalid(ConsentDocument.load(file, CATALOGUE));

        assertThat(problems.errors())
                .extracting(Problem::code)
                .contains(
                        "consent-version-invalid",
                        "consent-role-unknown",
                        "consent-effective-invalid",
                        "consent-mandatory-not-listed",
                        "unknown-field");
        assertThat(problems.withCode("unknown-field").get(0).location().line()).isEqualTo(9);
        assertThat(problems.withCode("consent-version-invalid")
                        .get(0)
                        .location()
                        .line())
                .isEqualTo(3);
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Path file = write(
                "consent.md",
                "---\nid: x\nversion: 1\nlanguage: en\nrole: citizen-scientist\n"
                        + "purposes: [take-part]\n---\nText.\n");

        Problems problems = invalid(ConsentDocument.load(file, CATALOGUE));

        assertThat(problems.withCode("missing-field"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("effective"));
    }

    @Test
    void markdownWithoutFrontMatterOrWithBrokenYamlIsRefusedWithALine() throws IOException {
        Path none = write("none.md", "# Consent\nText.\n");
        Path unclosed = write("unclosed.md", "---\nid: x\n# Consent\n");
        Path broken = write("broken.md", "---\nid: x\nversion: [1\n---\nText.\n");

        assertThat(invalid(ConsentDocument.load(none, CATALOGUE)).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("consent-front-matter-missing"));
        assertThat(invalid(ConsentDocument.load(unclosed, CATALOGUE)).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("consent-front-matter-unclosed"));
        Problem yaml = invalid(ConsentDocument.load(broken, CATALOGUE)).errors().get(0);
        assertThat(yaml.location().source()).isEqualTo(broken.toString());
        assertThat(yaml.location().line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEmptyTextIsRefused() throws IOException {
        Path file = write("consent.md", markdown("participant-consent", 1, "en", "[take-part]", "\n  \n"));

        assertThat(invalid(ConsentDocument.load(file, CATALOGUE)).withCode("consent-text-missing"))
                .hasSize(1);
    }

    @Test
    void theSetIsCheckedAsAWhole() throws IOException {
        write("a.en.md", markdown("participant-consent", 1, "en", "[take-part]", "One."));
        write("b.en.md", markdown("participant-consent", 1, "en", "[take-part]", "Another."));
        write("c.ca.md", markdown("participant-consent", 1, "ca", "[take-part, recontact]", "Una."));
        write("d.de.md", markdown("participant-consent", 1, "de", "[take-part, nonsense]", "Eins."));

        Problems problems = invalid(ConsentDocument.loadAll(dir, CATALOGUE));

        assertThat(problems.withCode("consent-document-duplicate")).hasSize(1);
        assertThat(problems.withCode("consent-translation-mismatch")).hasSize(1);
        assertThat(problems.withCode("consent-purpose-unknown")).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void linksAndFifosInTheConsentFolderAreProblemsWithTheirPathNeverRead() throws Exception {
        write("a.en.md", markdown("participant-consent", 1, "en", "[take-part]", "One."));
        Path link = Files.createSymbolicLink(dir.resolve("b.en.md"), Path.of("/etc/passwd"));
        Path fifo = dir.resolve("c.en.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo worked");

        Problems problems = invalid(ConsentDocument.loadAll(dir, CATALOGUE));

        assertThat(problems.errors())
                .extracting(Problem::code, p -> p.location().source())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("file-is-link", link.toString()),
                        org.assertj.core.groups.Tuple.tuple("file-not-regular", fifo.toString()));
    }

    @Test
    void aByteOrderMarkIsDroppedAndBadUtf8IsNamedWithItsOffset() throws IOException {
        Path marked = dir.resolve("a.en.md");
        byte[] text =
                markdown("participant-consent", 1, "en", "[take-part]", "One.").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(marked, withMark);
        assertThat(ConsentDocument.load(marked, CATALOGUE).isValid()).isTrue();
        Files.write(marked, new byte[] {'-', '-', '-', '\n', (byte) 0xFF});
        assertThat(invalid(ConsentDocument.load(marked, CATALOGUE)).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("offset 4"));
    }

    @Test
    void aMissingOrEmptyDirectoryIsAProblemNotAnException() {
        assertThat(invalid(ConsentDocument.loadAll(dir.resolve("nowhere"), CATALOGUE))
                        .errors())
                .extracting(Problem::code)
                .containsExactly("consent-directory-missing");
        assertThat(invalid(ConsentDocument.loadAll(dir, CATALOGUE)).errors())
                .extracting(Problem::code)
                .containsExactly("consent-directory-empty");
    }

    @Test
    void yamlDocumentsCarryTheirTextInAField() throws IOException {
        Path file = write("consent.yaml", """
                id: recontact-only
                version: 3
                language: es
                role: knowledge-coalition-member
                effective: 2024-05-01
                purposes: [recontact]
                text: |
                  Te volveremos a escribir solo si lo aceptas.
                """);

        ConsentDocument doc = ConsentDocument.load(file, CATALOGUE).orElseThrow();

        assertThat(doc.id()).isEqualTo(DocumentId.of("recontact-only"));
        assertThat(doc.language()).isEqualTo(Language.of("es"));
        assertThat(doc.text()).isEqualTo("Te volveremos a escribir solo si lo aceptas.\n");
        assertThat(doc.mandatory()).isEqualTo(Set.of());
    }

    @Test
    void toStringLeavesTheTextOut() {
        assertThat(SampleStudy.v1().toString()).doesNotContain("stories").contains("participant-consent@1/en");
    }

    private static Problems invalid(Validated<?> result) {
        assertThat(result).isInstanceOf(Validated.Invalid.class);
        return result.problems();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String markdown(String id, int version, String language, String purposes, String text) {
        return "---\nid: " + id + "\nversion: " + version + "\nlanguage: " + language
                + "\nrole: citizen-scientist\neffective: 2024-01-15\npurposes: " + purposes + "\n---\n" + text;
    }
}
