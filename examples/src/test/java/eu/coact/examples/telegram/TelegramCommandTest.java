package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.ParticipantState;
import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.TrustedKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TelegramCommandTest {

    private static final String PASSWORD = "a vault password for tests";

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CommandLine line = new CommandLine(new TelegramCommand(environment));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void withoutATokenItSaysWhichVariableToSet() {
        int status = run(
                Map.of(TelegramCommand.PASSWORD_VARIABLE, PASSWORD),
                "--study",
                StudyOnTelegram.study().toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("COACT_TELEGRAM_TOKEN");
    }

    @Test
    void withoutAVaultPasswordItRefusesToStart() {
        int status = run(
                Map.of(TelegramCommand.TOKEN_VARIABLE, RecordedBotApi.TOKEN),
                "--study",
                StudyOnTelegram.study().toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("COACT_VAULT_PASSWORD").doesNotContain(RecordedBotApi.TOKEN);
    }

    @Test
    void aCommonVaultPasswordIsRefusedWithAReasonAndNoStackTrace() {
        int status = run(
                Map.of(
                        TelegramCommand.TOKEN_VARIABLE,
                        RecordedBotApi.TOKEN,
                        TelegramCommand.PASSWORD_VARIABLE,
                        "Password12345!"),
                "--study",
                StudyOnTelegram.study().toString(),
                "--journal",
                directory.resolve("j").toString(),
                "--vault",
                directory.resolve("v").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("common password")
                .doesNotContain("Exception")
                .doesNotContain("Password12345");
        assertThat(directory.resolve("v").resolve("vault.bcfks")).doesNotExist();
    }

    @Test
    void aStudyThatDoesNotReadIsReportedWithoutAStackTrace() {
        int status = run(
                Map.of(
                        TelegramCommand.TOKEN_VARIABLE,
                        RecordedBotApi.TOKEN,
                        TelegramCommand.PASSWORD_VARIABLE,
                        PASSWORD),
                "--study",
                directory.toString(),
                "--journal",
                directory.resolve("j").toString(),
                "--vault",
                directory.resolve("v").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("cannot be run").doesNotContain("Exception");
        assertThat(directory.resolve("v")).doesNotExist();
    }

    @Test
    void theLiveBotAnswersANewcomerAndStopsWhenTelegramRefusesTheToken() throws Exception {
        try (RecordedBotApi api = new RecordedBotApi()) {
            api.play("getUpdates-start.json").play("getUpdates-401-unauthorized.json");
            Path journal = directory.resolve("journal");
            Path vault = directory.resolve("vault");

            int status = run(
                    Map.of(
                            TelegramCommand.TOKEN_VARIABLE,
                            RecordedBotApi.TOKEN,
                            TelegramCommand.PASSWORD_VARIABLE,
                            PASSWORD),
                    "--study",
                    StudyOnTelegram.study().toString(),
                    "--journal",
                    journal.toString(),
                    "--vault",
                    vault.toString(),
                    "--api-url",
                    api.apiUrl());

            assertThat(status).isEqualTo(1);
            assertThat(out.toString()).as(err.toString()).contains("demo-study is live on Telegram");
            assertThat(err.toString()).contains("Telegram refused the bot token");
            assertThat(api.requests("sendMessage")).isNotEmpty();
            assertThat(api.requests("sendMessage").get(0).field("chat_id"))
                    .isEqualTo(Long.toString(StudyOnTelegram.CHAT));
            assertThat(api.requests()).allMatch(RecordedBotApi.Request::tokenInPath);
            assertThat(out.toString() + err.toString())
                    .doesNotContain(RecordedBotApi.TOKEN)
                    .doesNotContain(PASSWORD)
                    .doesNotContain(Long.toString(StudyOnTelegram.CHAT));
            assertThat(vault.resolve("vault.bcfks")).exists();
            try (var files = Files.list(journal)) {
                assertThat(files.count()).isPositive();
            }
            // The journal is signed; its anchor is printed when the bot stops and verifies it.
            assertThat(err.toString()).contains("Journal anchor");
            String printed = err.toString().substring(err.toString().indexOf("Journal anchor"));
            String json = printed.substring(printed.indexOf('{'), printed.indexOf('}') + 1);
            try (FileJournal signed = FileJournal.open(journal)) {
                assertThat(signed.verify(TrustedKeys.none(), Anchor.fromJson(json))
                                .isIntact())
                        .isTrue();
            }
            // The study's consent ledger lives in the conversations' journal.
            try (Journal facts = FileJournal.open(journal)) {
                ConsentPolicy policy = ConsentPolicy.load(
                                StudyOnTelegram.study().resolve("consent-policy.yaml"))
                        .orElseThrow();
                ConsentLedger ledger = ConsentLedger.open(facts, policy);
                assertThat(ledger.verify().isIntact()).isTrue();
                // The newcomer was shown the consent document; nothing more happened before the token was refused.
                assertThat(ledger.states().values())
                        .singleElement()
                        .satisfies(state -> assertThat(state.stage()).isEqualTo(ParticipantState.Stage.INFORMED));
            }
        }
    }

    @Test
    void theExampleStudyGoesLiveWithItsOwnConversationSettings() {
        try (RecordedBotApi api = new RecordedBotApi()) {
            api.play("getUpdates-start.json").play("getUpdates-401-unauthorized.json");

            int status = run(
                    Map.of(
                            TelegramCommand.TOKEN_VARIABLE,
                            RecordedBotApi.TOKEN,
                            TelegramCommand.PASSWORD_VARIABLE,
                            PASSWORD),
                    "--study",
                    "studies/coact-mental-health",
                    "--journal",
                    directory.resolve("journal").toString(),
                    "--vault",
                    directory.resolve("vault").toString(),
                    "--api-url",
                    api.apiUrl());

            assertThat(status).as(err.toString()).isEqualTo(1);
            assertThat(out.toString()).contains("coact-mental-health is live on Telegram");
            assertThat(api.sent()).isNotEmpty();
            assertThat(api.sent()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        }
    }

    @Test
    void helpNamesTheOptionsAndTheEnvironment() {
        int status = run(Map.of(), "--help");

        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("--study", "--journal", "--vault", "COACT_TELEGRAM_TOKEN")
                .doesNotContain("--api-url");
    }
}
