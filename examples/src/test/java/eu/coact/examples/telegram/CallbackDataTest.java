package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    @Test
    void aMappingMadeFromTheStudyRecognisesShortenedValuesSentBeforeARestart() {
        // 60 characters, but more than 64 bytes in UTF-8: an authored value Telegram cannot carry.
        String accented = "àèéíòóú".repeat(8) + "çççç";
        assertThat(accented.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(CallbackData.MAX_BYTES);
        Study study = studyWithOptions(accented, "yes");

        String sentBeforeRestart = CallbackData.of(study).encode(accented);
        CallbackData afterRestart = CallbackData.of(study);

        assertThat(sentBeforeRestart).startsWith("~");
        assertThat(afterRestart.decode(sentBeforeRestart)).contains(accented);
        assertThat(afterRestart.decode("yes")).contains("yes");
    }

    @Test
    void everyOptionOfTheTestStudyTravelsAsItIs() {
        CallbackData callbacks = CallbackData.of(StudyOnTelegram.readStudy());

        assertThat(callbacks.encode("Sí")).isEqualTo("Sí");
        assertThat(callbacks.toString()).contains("0 shortened values");
    }

    private static Study studyWithOptions(String... values) {
        Language en = Language.of("en");
        List<Option> options = java.util.Arrays.stream(values)
                .map(v -> Option.of(v, LocalizedText.of("en", "Option " + v)))
                .toList();
        List<Message> messages = List.of(SingleChoice.of(
                MessageId.of("which"), LocalizedText.of("en", "Which one?"), "which", options, Next.end()));
        ContentBlock block = ContentBlock.of(
                BlockId.of("choice"),
                BlockKind.QUESTIONNAIRE,
                List.of(en),
                messages,
                Authorship.by(List.of("test team"), LocalDate.of(2026, 11, 1), "tests"));
        StudyPlan plan = new StudyPlan(
                StudyId.of("callback-test"),
                List.of(en),
                List.of(block.id()),
                Map.of(),
                Frequency.daily(),
                Set.of(Frequency.daily()));
        return new Study(plan, Map.of(block.id(), block));
    }
}
