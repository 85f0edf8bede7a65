package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code chat} and {@code demo} share their {@code --study} option: both offer it alike and both act on it. */
class StudyOptionTest {

    private static final String HELP_LINE = "--study=<folder>";
    private static final String HELP_TEXT = "A study folder, or the name of an example study (default: "
            + StudySource.DEFAULT_STUDY + "; also: dementia-carers).";

    @Test
    void bothCommandsOfferTheOptionWithTheSameHelp() {
        for (String command : new String[] {"chat", "demo"}) {
            Launch help = Launch.of(command, "--help");

            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out().replaceAll("\\s+", " ")).as(command).contains(HELP_LINE, HELP_TEXT);
        }
    }

    @Test
    void bothCommandsReadTheStudyTheOptionNames() {
        for (String command : new String[] {"chat", "demo"}) {
            Launch run = Launch.typing("", command, "--study", "no-such-study-here");

            assertThat(run.exit()).as(command).isEqualTo(Coact.INPUT_ERRORS);
            assertThat(run.err()).as(command).contains("there is no study folder at no-such-study-here");
        }
    }
}
