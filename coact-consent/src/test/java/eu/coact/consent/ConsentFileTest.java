package eu.coact.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A consent document's file: read safely from the media folder, and covered by the document's digest. */
class ConsentFileTest {

    private static final PurposeCatalogue CATALOGUE = PurposeCatalogue.studyDefaults();
    private static final byte[] PDF = "%PDF-1.4 the information sheet\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Path consent;
    private Path media;

    @BeforeEach
    void folders() throws IOException {
        consent = Files.createDirectories(dir.resolve("study/consent"));
        media = Files.createDirectories(dir.resolve("study/media/consent")).getParent();
    }

    @Test
    void aNamedFileIsReadWithItsTypeAndTheDigestCoversTextAndBytes() throws Exception {
        Files.write(media.resolve("consent/info-en.pdf"), PDF);
        Path file = write("c.en.md", markdown("en", "file: consent/info-en.pdf\n", "Read this."));

        ConsentDocument doc = ConsentDocument.load(file, CATALOGUE).orElseThrow();

        assertThat(doc.file()).contains(new ConsentFile("consent/info-en.pdf", "application/pdf", sha256(PDF)));
        String expected = sha256(("Read this." + '\u0000' + sha256(PDF)).getBytes(StandardCharsets.UTF_8));
        assertThat(doc.digest()).isEqualTo(expected).isEqualTo(doc.reference().digest());
        assertThat(doc.digest()).isNotEqualTo(ConsentDocument.digestOf("Read this.", Optional.empty()));
        assertThat(doc.toString()).contains("consent/info-en.pdf").doesNotContain("Read this");
    }

    @Test
    void aChangedFileIsAnotherDocumentThatTheLedgerRefusesUnderTheSameVersion() throws Exception {
        Files.write(media.resolve("consent/info-en.pdf"), PDF);
        Path file = write("c.en.md", markdown("en", "file: consent/info-en.pdf\n", "Read this."));
        ConsentDocument before = ConsentDocument.load(file, CATALOGUE).orElseThrow();
        byte[] changed = PDF.clone();
        changed[10] ^= 1;
        Files.write(media.resolve("consent/info-en.pdf"), changed);
        ConsentDocument after = ConsentDocument.load(file, CATALOGUE).orElseThrow();

        assertThat(after.digest()).isNotEqualTo(before.digest());
        ConsentLedger ledger = ConsentLedger.open(new InMemoryJournal(), SampleStudy.policy());
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        ledger.publish(before, now);
        assertThatThrownBy(() -> ledger.publish(after, now.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("new version");
    }

    @Test
    void aMissingFileIsAProblemAtTheFileLine() throws IOException {
        Path file = write("c.en.md", markdown("en", "file: consent/nowhere.pdf\n", "Read this."));

        Problem problem = single(ConsentDocument.load(file, CATALOGUE), "consent-file-missing");

        assertThat(problem.location().source()).isEqualTo(file.toString());
        assertThat(problem.location().path()).isEqualTo("/file");
        assertThat(problem.location().line()).isEqualTo(8);
        assertThat(problem.message()).contains("consent/nowhere.pdf");
    }

    @Test
    @Timeout(20)
    void linksDevicesFifosAndOversizedFilesAreRefusedNeverRead() throws Exception {
        Files.createSymbolicLink(media.resolve("consent/link.pdf"), Path.of("/etc/passwd"));
        Path fifo = media.resolve("consent/fifo.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo worked");
        try (RandomAccessFile big =
                new RandomAccessFile(media.resolve("consent/big.pdf").toFile(), "rw")) {
            big.setLength(ConsentFile.MAX_BYTES + 1);
        }
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(dir.resolve("elsewhere/info.pdf"), PDF);
        Files.createSymbolicLink(media.resolve("linked"), dir.resolve("elsewhere"));

        for (String name : List.of("consent/link.pdf", "consent/fifo.pdf", "consent/big.pdf", "linked/info.pdf")) {
            Path file = write("c.en.md", markdown("en", "file: " + name + "\n", "Read this."));
            Problem problem = single(ConsentDocument.load(file, CATALOGUE), "consent-file-unsafe");
            assertThat(problem.location().line()).as(name).isEqualTo(8);
        }
    }

    @Test
    void namesOutsideTheMediaFolderOrOfAnUnknownKindAreInvalid() throws IOException {
        Files.write(media.resolve("consent/run.exe"), PDF);
        Files.write(dir.resolve("study/secret.pdf"), PDF);
        for (String name : List.of("../secret.pdf", "/etc/passwd", "consent/run.exe", "consent/", "''", "[a.pdf]")) {
            Path file = write("c.en.md", markdown("en", "file: " + name + "\n", "Read this."));
            single(ConsentDocument.load(file, CATALOGUE), "consent-file-invalid");
        }
    }

    @Test
    void translationsOfOneVersionAllHaveAFileOrNone() throws IOException {
        Files.write(media.resolve("consent/info-en.pdf"), PDF);
        write("c.en.md", markdown("en", "file: consent/info-en.pdf\n", "Read this."));
        Path spanish = write("c.es.md", markdown("es", "", "Lee esto."));

        Problems problems = invalid(ConsentDocument.loadAll(consent, CATALOGUE));

        assertThat(problems.withCode("consent-translation-mismatch"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().path()).isEqualTo("/file");
                    assertThat(p.location().source())
                            .isIn(spanish.toString(), consent.resolve("c.en.md").toString());
                });
    }

    @Property
    void theDigestTellsTextsAndFilesApart(
            @ForAll @StringLength(min = 1, max = 40) String text,
            @ForAll @StringLength(min = 1, max = 40) String other,
            @ForAll byte[] file,
            @ForAll byte[] otherFile) {
        String fileSha = sha256(file);
        String withFile = ConsentDocument.digestOf(text, Optional.of(fileSha));
        assertThat(withFile).isNotEqualTo(ConsentDocument.digestOf(text, Optional.empty()));
        if (!java.util.Arrays.equals(file, otherFile)) {
            assertThat(withFile).isNotEqualTo(ConsentDocument.digestOf(text, Optional.of(sha256(otherFile))));
        }
        if (!text.equals(other)) {
            assertThat(withFile).isNotEqualTo(ConsentDocument.digestOf(other, Optional.of(fileSha)));
        }
    }

    private static Problem single(Validated<ConsentDocument> result, String code) {
        Problems problems = invalid(result);
        assertThat(problems.errors()).extracting(Problem::code).containsExactly(code);
        return problems.withCode(code).get(0);
    }

    private static Problems invalid(Validated<?> result) {
        assertThat(result).isInstanceOf(Validated.Invalid.class);
        return result.problems();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(consent.resolve(name), content);
    }

    private static String markdown(String language, String extra, String text) {
        return "---\nid: participant-consent\nversion: 1\nlanguage: " + language
                + "\nrole: citizen-scientist\neffective: 2024-01-15\npurposes: [take-part]\n" + extra + "---\n"
                + text;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
