package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.examples.Coact;
import eu.coact.examples.Terminal;
import eu.coact.examples.telegram.TelegramCommand;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bot token reaches {@code coact serve} from the environment only. */
class ServeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new ServeCommand(Map.of()));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void helpNamesTheTokenVariableAndNoOptionTakesAToken() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains(TelegramCommand.TOKEN_VARIABLE)
                .doesNotContain("--token", "--telegram-token", "--telegram-api-url");
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedAndNotEchoedIntoTheLog() {
        String token = "7012345678:AAHfake-token-for-tests_0123456789";
        Terminal terminal = new Terminal(
                new BufferedReader(new StringReader("")), new PrintWriter(out, true), new PrintWriter(err, true));
        int status = Coact.run(
                terminal,
                "serve",
                "--study",
                "studies/coact-mental-health",
                "--telegram-token",
                token,
                "--key=" + token);

        assertThat(status).isEqualTo(Coact.USAGE);
        assertThat(err.toString()).contains("--telegram-token", "--key");
        assertThat(out.toString() + err.toString()).doesNotContain(token);
    }
}
