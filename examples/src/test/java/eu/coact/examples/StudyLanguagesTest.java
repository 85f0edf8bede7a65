package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study speaks its own language from the first message to the last: French on the texts the
 * SDK ships, Dutch on the study's own language file; and a language file missing a text is refused.
 */
class StudyLanguagesTest {

    /** Consent, the help, pause, resume, frequency and withdraw commands, typed as a participant would. */
    private static String conversation(String... commands) {
        return String.join("\n", commands) + "\n";
    }

    @Test
    void aFrenchStudyWithNoTextsOfItsOwnRunsEntirelyInFrenchCommandsIncluded() {
        String typed = conversation("1", "merci", "aide", "pause", "reprendre", "fréquence", "quitter", "1", "2");
        Launch run = Launch.typing(
                typed,
                "chat",
                "--study",
                Launch.study("french-study").toString(),
                "--language",
                "fr",
                "--speed",
                "10000");
        assertThat(run.exit()).isZero();
        String out = run.out();
        assertThat(out)
                .contains(
                        "Bienvenue ! Ce chat pose de courtes questions",
                        "Acceptes-tu de participer ?",
                        "Merci. Nous commençons demain.");
        // The engine's own texts, from the SDK's French file.
        assertThat(out)
                .contains(
                        "Merci. La prochaine histoire arrivera à l'heure que tu as choisie.",
                        "Si tu traverses une crise, appelle le 112",
                        "À quelle fréquence veux-tu recevoir une histoire ?");
        // French command words ran the study's pause, resume and withdraw dialogues.
        assertThat(out)
                .contains("En pause. Écris REPRENDRE pour continuer.", "Te revoilà.", "Veux-tu quitter l'étude ?");
        assertThat(out).doesNotContain("Los mensajes", "Deliveries", "Please", "Gracias", "Thank you");
    }

    @Test
    void theLanguageChosenAtJoinIsUsedFromTheFirstMessage() {
        Launch run = Launch.typing(
                "", "chat", "--study", Launch.study("tiny-study").toString(), "--language", "es", "--speed", "10000");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("# Sobre este pequeño estudio")
                .contains("¡Bienvenida! Este chat hace preguntas breves")
                .doesNotContain("Welcome!");
    }

    @Test
    void aStudyInALanguageTheSdkDoesNotShipRunsEntirelyOnItsOwnTexts() {
        String typed = conversation("1", "dank", "hulp", "pauze", "hervat", "frequentie", "afmelden", "1", "2");
        Launch run = Launch.typing(
                typed, "chat", "--study", Launch.study("dutch-study").toString(), "--speed", "10000");
        assertThat(run.exit()).isZero();
        String out = run.out();
        assertThat(out)
                .contains(
                        "Welkom! Deze chat stelt korte vragen",
                        "Wil je meedoen?",
                        "Dank je. We beginnen morgen.",
                        "Dank je. Het volgende verhaal komt op het tijdstip dat je hebt gekozen.",
                        "Zit je in een crisis? Bel 112",
                        "Gepauzeerd. Schrijf HERVAT om verder te gaan.",
                        "Welkom terug.",
                        "Hoe vaak wil je een verhaal ontvangen?",
                        "Wil je stoppen met het onderzoek?");
        assertThat(out).doesNotContain("Deliveries", "Please", "Thank you", "Gracias", "Merci");
    }

    @Test
    void validatePassesTheDutchStudyAndNamesATextRemovedFromItsLanguageFile(@TempDir Path dir) throws IOException {
        assertThat(Launch.of("validate", Launch.study("dutch-study").toString()).exit())
                .isZero();
        Path copy = dir.resolve("dutch-study");
        FileTrees.copy(Launch.study("dutch-study"), copy);
        Path file = copy.resolve("languages/nl.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replaceAll("(?m)^  paused:.*\\n", "")
                        .replaceAll("(?m)^  help: \\[hulp\\]\\n", ""));

        Launch run = Launch.of("validate", copy.toString());

        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out())
                .contains("languages/nl.yaml")
                .contains("[missing-language-text]")
                .contains("system text 'paused'")
                .contains("under texts: paused")
                .contains("word for the command 'help'")
                .contains("under commands: help");
        assertThat(Launch.of("chat", "--study", copy.toString()).exit()).isEqualTo(Coact.INPUT_ERRORS);
    }

    @Test
    void withoutItsLanguageFileTheDutchStudyIsRefusedWithWhatToWrite(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("dutch-study");
        FileTrees.copy(Launch.study("dutch-study"), copy);
        Files.delete(copy.resolve("languages/nl.yaml"));

        Launch run = Launch.of("validate", copy.toString());

        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out())
                .contains("[missing-language]")
                .contains("languages/nl.yaml")
                .contains("does not ship")
                .contains("texts/paused")
                .contains("commands/pause")
                .contains("topics/suicide");
    }
}
