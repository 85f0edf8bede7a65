package eu.coact.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the variants of a sealed model type share is written once; these tests hold every variant
 * to it: each action keeps its name in files, and each message rejects a missing part by name.
 */
class VariantRulesTest {

    private static final MessageId ID = MessageId.of("m");
    private static final LocalizedText TEXT = LocalizedText.of("en", "Hello");
    private static final List<Option> OPTIONS = List.of(Option.of("yes", LocalizedText.of("en", "Yes")));

    @Test
    void everyActionKeepsItsNameInFilesAndTheNamesAreListedInOrder() {
        List<Action> all = List.of(
                new Action.RecordConsent(Action.ConsentDecision.GIVEN),
                new Action.SetProfileField("gender", "answer"),
                new Action.ChangeFrequency("often"),
                new Action.SetTimeZone("zone"),
                new Action.SetLanguage("lang"),
                new Action.SetTimeOfDay("when"),
                new Action.Pause(),
                new Action.Resume(),
                new Action.Withdraw(),
                new Action.NextBlockAtOnce());

        assertThat(all)
                .extracting(Action::name)
                .containsExactly(
                        "record-consent",
                        "set-profile-field",
                        "change-frequency",
                        "set-time-zone",
                        "set-language",
                        "set-time-of-day",
                        "pause",
                        "resume",
                        "withdraw",
                        "next-block-at-once")
                .isEqualTo(Action.NAMES);
        assertThat(all).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(leaves(Action.class));
        assertThat(all)
                .extracting(Action::reads)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("answer"),
                        Optional.of("often"),
                        Optional.of("zone"),
                        Optional.of("lang"),
                        Optional.of("when"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void everyMessageNamesTheMissingPartItShares() {
        assertThatThrownBy(() -> new Information(ID, null, Pacing.standard(), Next.end(), List.of(), Map.of()))
                .hasMessage("text");
        assertThatThrownBy(
                        () -> new Media(ID, MediaKind.IMAGE, TEXT, TEXT, TEXT, null, Next.end(), List.of(), Map.of()))
                .hasMessage("pacing");
        assertThatThrownBy(() -> new SingleChoice(
                        ID,
                        TEXT,
                        "q",
                        OPTIONS,
                        Optional.empty(),
                        Pacing.standard(),
                        null,
                        List.of(),
                        Map.of(),
                        DisclosureRole.NONE))
                .hasMessage("next");
        assertThatThrownBy(() -> new MultipleChoice(
                        ID,
                        TEXT,
                        null,
                        OPTIONS,
                        Pacing.standard(),
                        Next.end(),
                        List.of(),
                        Map.of(),
                        DisclosureRole.NONE))
                .hasMessage("variable");
        assertThatThrownBy(() -> FreeText.of(null, TEXT, "q", 10, Next.end())).hasMessage("id");
        assertThatThrownBy(() -> new MultipleChoice(
                        ID, TEXT, "q", OPTIONS, Pacing.standard(), Next.end(), List.of(), Map.of(), null))
                .hasMessage("disclosure");
    }

    @Test
    void fillsKeepTheirWrittenOrderAndCannotBeChanged() {
        Map<String, Placeholder> fills = new LinkedHashMap<>();
        for (String name : List.of("zeta", "alpha", "mid")) {
            fills.put(name, new Placeholder.Answer(name));
        }
        Information message = new Information(ID, TEXT, Pacing.standard(), Next.end(), List.of(), fills);
        fills.clear();

        assertThat(message.fills().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThatThrownBy(() -> message.fills().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<Class<?>> leaves(Class<?> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        List<Class<?>> out = new ArrayList<>();
        Arrays.stream(type.getPermittedSubclasses()).forEach(c -> out.addAll(leaves(c)));
        return out;
    }
}
