package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.DocumentReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second set of legacy fixtures (settings dialogues, formatting, media in subfolders) migrated
 * with a mapping file alone, no edit to the JSON: the study validates strictly and runs in chat.
 */
class LegacyMigrationTest {

    static final String MAPPING = String.join(
            "\n",
            "continuations:",
            "  perfil_real:",
            "    p_3: p_4",
            "    p_4: {next: vp, format: postcode}",
            "  mon:",
            "    3si: {format: 'hh:mm', skip-word: {ca: 'NO', es: 'NO', en: 'NO', de: 'NEIN'},",
            "          next: 3si_c, on-skip: 3si_nvr, on-invalid: 3si_else}",
            "    3si_else: {format: 'hh:mm', skip-word: {ca: 'NO', es: 'NO', en: 'NO', de: 'NEIN'},",
            "               next: 3si_c, on-skip: 3si_nvr, on-invalid: 3si_else}",
            "blocks:",
            "  benvinguda: {role: welcome}",
            "  mon: {role: time-zone}",
            "  frequencia: {role: frequency}",
            "  hora: {role: time-of-day, values: {mati: morning, tarda: midday, vespre: evening}}",
            "  Escala_nocturna: {teller: 'Àngels, a neighbour', environment: society, themes: [sleep, anxiety]}",
            "alt-texts:",
            "  img/Escala_nocturna_Àngels.png:",
            "    ca: Una escala de nit amb el llum encès.",
            "    es: Una escalera de noche con la luz encendida.",
            "    en: A staircase at night with the light on.",
            "    de: Ein Treppenhaus bei Nacht mit brennendem Licht.",
            "commands:                  # 'Continuar' is a button label: resume has other words",
            "  ca: {resume: [reprendre]}",
            "  es: {resume: [reanudar]}",
            "consent:",
            "  policy:",
            "    controller: CoActuem research team",
            "    controller-contact: privacy@example.org",
            "    jurisdiction: ES",
            "    minimum-age: 18",
            "    withdrawal-method: Write \"withdraw\" to the bot at any time.",
            "  document: {id: coactuem-consent, version: 1, role: citizen-scientist, effective: 2021-01-01,",
            "             purposes: [take-part, process-answers]}",
            "  text:",
            "    ca: El document de consentiment informat és el PDF que t'enviem al xat.",
            "    es: El documento de consentimiento informado es el PDF que te enviamos en el chat.",
            "    en: The informed consent document is the PDF we send you in the chat.",
            "    de: Die Einwilligungserklärung ist das PDF, das wir dir im Chat schicken.",
            "");

    static Path settingsFixtures() {
        return Launch.legacyFixtures("legacy-coactuem-settings");
    }

    static Path imported(Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        Path out = dir.resolve("coactuem");
        Launch run = Launch.of(
                "import-legacy", settingsFixtures().toString(), out.toString(), "--mapping", mapping.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return out;
    }

    @Test
    void withTheMappingAloneTheStudyFolderIsWrittenWithMediaAndConsent(@TempDir Path dir) throws IOException {
        Path out = imported(dir);
        assertThat(out.resolve("media/ICs/Consent_EN.pdf")).isRegularFile();
        assertThat(out.resolve("media/img/Escala_nocturna_\u00c0ngels.png")).isRegularFile();
        assertThat(out.resolve("consent-policy.yaml")).content().contains("controller: CoActuem research team");
        assertThat(out.resolve("consent/coactuem-consent-v1.de.md"))
                .content()
                .contains("language: de")
                .contains("purposes:")
                .contains("file: ICs/Einwilligung_DE.pdf")
                .contains("Einwilligungserklärung");
        assertThat(out.resolve("consent/coactuem-consent-v1.en.md")).content().contains("file: ICs/Consent_EN.pdf");
        // The welcome no longer sends the PDF itself: it goes with the consent document.
        try (var blocks = Files.walk(out.resolve("blocks"))) {
            assertThat(blocks.filter(Files::isRegularFile).toList())
                    .allSatisfy(b -> assertThat(b).content().doesNotContain("Consent_EN.pdf"));
        }
        Launch check = Launch.of("validate", "--strict", out.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
    }

    @Test
    void theImportedStudyRunsInChat(@TempDir Path dir) throws IOException {
        Path out = imported(dir);
        String typed = String.join(
                "\n",
                "3", // English, chosen in the welcome that starts in Catalan
                "1", // Continue
                "1", // yes, I agree
                "timezone",
                "1",
                "21:30", // a valid time is shown back
                "timezone",
                "1",
                "NO", // the skip word keeps Barcelona time
                "timezone",
                "1",
                "9pm",
                "no", // anything else asks again, which branches the same way
                "frequency",
                "1", // "Twice a day": 6 hours, 4/day
                "");
        Path journal = dir.resolve("chat");
        Launch run = Launch.typing(
                typed, "chat", "--study", out.toString(), "--journal", journal.toString(), "--speed", "10000");
        assertThat(run.exit()).as(run.err()).isZero();
        String chat = run.out();
        // The welcome starts in the study's first language; the language choice switches it.
        assertThat(chat).contains("Tria la llengua / Elige idioma / Choose your language / Wähle die Sprache");
        assertThat(chat.indexOf("Welcome! \uD83E\uDD1D")).isGreaterThan(chat.indexOf("Choose your language"));
        assertThat(chat).doesNotContain("Benvinguda!");
        // Formatting arrives as formatting: no raw HTML, entities or markup marks reach the participant.
        assertThat(chat)
                .contains("Welcome! \uD83E\uDD1D This chat is part of a citizen research study.")
                .doesNotContain("<b>", "<i>", "&#x", "**");
        // The consent document in the participant's language, its text and then its PDF, comes before the
        // consent question, also after a language change within the welcome.
        String english = "The informed consent document is the PDF we send you in the chat.";
        assertThat(chat).contains("[document ICs/Consent_EN.pdf]");
        assertThat(chat.indexOf(english)).isLessThan(chat.indexOf("[document ICs/Consent_EN.pdf]"));
        assertThat(chat.indexOf("[document ICs/Consent_EN.pdf]"))
                .isLessThan(chat.indexOf("Do you agree to take part as the document describes?"));
        // The ledger records consent to the document whose digest covers the English text and the PDF's bytes.
        ConsentDocument document = ConsentDocument.load(
                        out.resolve("consent/coactuem-consent-v1.en.md"),
                        ConsentPolicy.load(out.resolve("consent-policy.yaml"))
                                .orElseThrow()
                                .catalogue())
                .orElseThrow();
        String pdf = ConsentFile.sha256Of(Files.readAllBytes(out.resolve("media/ICs/Consent_EN.pdf")));
        assertThat(document.digest()).isEqualTo(ConsentDocument.digestOf(document.text(), Optional.of(pdf)));
        assertThat(consentedTo(journal.resolve("journal"), out)).containsExactly(document.reference());
        assertThat(chat).contains("Thank you! \u2764\uFE0F The first story will arrive soon.");
        // The time-zone dialogue's three branches.
        assertThat(chat).contains("Your local time is 21:30. Thanks!");
        assertThat(count(chat, "All right, we will use Barcelona time.")).isEqualTo(2);
        assertThat(chat.indexOf("That is not hh:mm. Please try again, or type NO."))
                .isGreaterThan(chat.indexOf("Your local time is 21:30."));
        // The frequency choice changes delivery.
        assertThat(chat).contains("Fine, twice a day.", "You can change it any time with /freq.");
        assertThat(settings(journal.resolve("journal")))
                .contains("frequency 4/day")
                .anyMatch(s -> s.startsWith("zone "));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The documents the ledger in a chat's journal records consent to. */
    private static java.util.List<DocumentReference> consentedTo(Path journal, Path study) throws IOException {
        ConsentPolicy policy =
                ConsentPolicy.load(study.resolve("consent-policy.yaml")).orElseThrow();
        try (var opened = eu.coact.examples.study.SignedJournal.open(journal)) {
            return ConsentLedger.open(opened, policy).states().values().stream()
                    .flatMap(state -> state.document().stream())
                    .toList();
        }
    }

    /** The settings the journal records as changed, as "setting value". */
    private static java.util.List<String> settings(Path journal) throws IOException {
        try (var opened = eu.coact.examples.study.SignedJournal.open(journal);
                var all = opened.readAll()) {
            return all.filter(e -> e.type().equals(eu.coact.content.record.ConversationEvents.SETTING_CHANGED))
                    .map(e -> new String(e.payload().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                    .map(p -> p.replaceAll(".*\"setting\":\"([^\"]*)\".*\"value\":\"([^\"]*)\".*", "$1 $2"))
                    .toList();
        }
    }
}
