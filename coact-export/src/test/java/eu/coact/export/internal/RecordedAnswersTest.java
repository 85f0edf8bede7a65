package eu.coact.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.ContentBlock;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Microstory;
import eu.coact.content.Option;
import eu.coact.content.Sensitivity;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.StoryQuestion;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RecordedAnswersTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Pseudonym ANNA = Pseudonym.of("participant-pseudonym-0001");
    private static final Pseudonym BERT = Pseudonym.of("participant-pseudonym-0002");

    private InMemoryJournal journal = new InMemoryJournal();
    private long clock;

    private static ConfirmAndRetry pattern(FinalAnswer rule) {
        return new ConfirmAndRetry(
                3,
                LocalizedText.of("en", "Do you confirm?"),
                Option.of("yes", LocalizedText.of("en", "Yes")),
                Option.of("no", LocalizedText.of("en", "No")),
                LocalizedText.of("en", "Saved."),
                rule);
    }

    private static ContentBlock story(String id, FinalAnswer rule) {
        List<Option> abc = List.of(
                Option.of("A", LocalizedText.of("en", "Yes")),
                Option.of("B", LocalizedText.of("en", "Something similar")),
                Option.missing("nvr", LocalizedText.of("en", "I'd rather not answer")));
        return new Microstory(
                        BlockId.of(id),
                        BlockKind.SHARE_EXPERIENCE,
                        List.of(eu.coact.core.Language.of("en")),
                        "Pau, a carer",
                        LocalizedText.of("en", "Pau tells a story."),
                        LocalizedText.of("en", "A story."),
                        Optional.empty(),
                        SocialEnvironment.CLOSE,
                        Set.of("care"),
                        List.of(
                                new StoryQuestion("yo", LocalizedText.of("en", "Has it happened to you?"), abc),
                                new StoryQuestion("others", LocalizedText.of("en", "To someone around you?"), abc)),
                        LocalizedText.of("en", "Thanks."),
                        Authorship.by(List.of("co-researchers"), LocalDate.of(2026, 1, 1), "workshop"),
                        Sensitivity.none())
                .toBlock(pattern(rule));
    }

    /** A questionnaire of one free-text question, its answer saved as {@code postcode}. */
    private static ContentBlock questionnaire(String id) {
        eu.coact.core.MessageId ask = eu.coact.core.MessageId.of("postcode");
        eu.coact.core.MessageId bye = eu.coact.core.MessageId.of("bye");
        return ContentBlock.of(
                BlockId.of(id),
                BlockKind.QUESTIONNAIRE,
                List.of(eu.coact.core.Language.of("en")),
                List.of(
                        new eu.coact.content.FreeText(
                                ask,
                                LocalizedText.of("en", "Your postcode?"),
                                "postcode",
                                10,
                                eu.coact.content.TextFormat.POSTCODE,
                                Optional.empty(),
                                eu.coact.content.Pacing.standard(),
                                eu.coact.content.Next.goTo(bye),
                                List.of(),
                                Map.of(),
                                eu.coact.content.DisclosureRole.defaultFor(eu.coact.content.TextFormat.POSTCODE)),
                        eu.coact.content.Information.of(
                                bye, LocalizedText.of("en", "Thanks."), eu.coact.content.Next.end())),
                Authorship.by(List.of("co-researchers"), LocalDate.of(2026, 1, 1), "workshop"));
    }

    private static Study study() {
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        blocks.put(BlockId.of("last"), story("last", FinalAnswer.LAST_ATTEMPT));
        blocks.put(BlockId.of("first"), story("first", FinalAnswer.FIRST_ATTEMPT));
        blocks.put(BlockId.of("q1"), questionnaire("q1"));
        eu.coact.content.StudyPlan plan = new eu.coact.content.StudyPlan(
                eu.coact.core.StudyId.of("answers-test"),
                List.of(eu.coact.core.Language.of("en")),
                List.copyOf(blocks.keySet()),
                Map.of(),
                eu.coact.content.Frequency.daily(),
                Set.of(eu.coact.content.Frequency.daily()));
        return new Study(plan, blocks);
    }

    private void answered(Pseudonym who, String block, String variable, String value) {
        journal.append(JournalEvent.about(
                who,
                T0.plusSeconds(clock++),
                ConversationEvents.ANSWERED,
                payload("block", block, "message", variable, "variable", variable, "value", value)));
    }

    private void event(Pseudonym who, String type, String block) {
        journal.append(JournalEvent.about(who, T0.plusSeconds(clock++), type, payload("block", block)));
    }

    /** A flat JSON object of strings, as the engine writes its payloads. */
    private static byte[] payload(String... namesAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode json =
                com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<QuestionAnswer> finals() {
        List<QuestionAnswer> out = new ArrayList<>();
        RecordedAnswers.of(study()).forEachFinalAnswer(journal, out::add);
        return out;
    }

    @Test
    void theLastAttemptCountsAndEveryAttemptIsCountedWhileConfirmationsAreNotReported() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "no");
        answered(ANNA, "last", "yo_2", "B");
        answered(ANNA, "last", "v_yo_2", "yes");
        answered(ANNA, "last", "others_1", "nvr");
        answered(ANNA, "last", "v_others_1", "yes");
        event(ANNA, ConversationEvents.BLOCK_COMPLETED, "last");

        assertThat(finals())
                .extracting(QuestionAnswer::question, QuestionAnswer::value, QuestionAnswer::attempts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("yo", "B", 2),
                        org.assertj.core.groups.Tuple.tuple("others", "nvr", 1));
        assertThat(finals().get(0).answeredAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void theFirstAttemptCountsWhenTheBlockSaysSo() {
        answered(ANNA, "first", "yo_1", "A");
        answered(ANNA, "first", "v_yo_1", "no");
        answered(ANNA, "first", "yo_2", "B");
        answered(ANNA, "first", "v_yo_2", "no");
        answered(ANNA, "first", "yo_3", "nvr");
        event(ANNA, ConversationEvents.BLOCK_COMPLETED, "first");

        assertThat(finals()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("A");
            assertThat(a.attempts()).isEqualTo(3);
            assertThat(a.answeredAt()).isEqualTo(T0);
        });
    }

    @Test
    void interleavedParticipantsAreKeptApartAndOpenBlocksAreReportedAtTheEnd() {
        answered(ANNA, "last", "yo_1", "A");
        answered(BERT, "q1", "postcode", "08001");
        answered(BERT, "q1", "postcode", "08002");
        answered(ANNA, "last", "v_yo_1", "yes");
        event(BERT, ConversationEvents.BLOCK_COMPLETED, "q1");
        answered(BERT, "last", "yo_1", "B");
        answered(BERT, "last", "v_yo_1", "yes");

        List<QuestionAnswer> finals = finals();

        assertThat(finals)
                .extracting(a -> a.participant(), QuestionAnswer::block, QuestionAnswer::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(BERT, BlockId.of("q1"), "08002"),
                        org.assertj.core.groups.Tuple.tuple(ANNA, BlockId.of("last"), "A"),
                        org.assertj.core.groups.Tuple.tuple(BERT, BlockId.of("last"), "B"));
        assertThat(finals.get(0).participant()).isEqualTo(BERT);
    }

    @Test
    void payloadsWithEscapesSpacesOrOtherFieldsAreReadAsWell() {
        answered(ANNA, "q1", "postcode", "say \"hi\" \\ ok");
        journal.append(JournalEvent.about(
                BERT,
                T0,
                ConversationEvents.ANSWERED,
                ("{ \"value\" : \"08001\", \"n\": 3, " + "\"block\": \"q1\", \"variable\": \"postcode\" }")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        answered(BERT, "q1", "feeling", "café ☕");

        try (Stream<RecordedAnswer> raw = RecordedAnswers.recorded(journal)) {
            assertThat(raw)
                    .extracting(RecordedAnswer::variable, RecordedAnswer::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("postcode", "say \"hi\" \\ ok"),
                            org.assertj.core.groups.Tuple.tuple("postcode", "08001"),
                            org.assertj.core.groups.Tuple.tuple("feeling", "café ☕"));
        }
    }

    @Test
    void erasedAnswersAreSkipped() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "yes");
        answered(BERT, "last", "yo_1", "B");
        answered(BERT, "last", "v_yo_1", "yes");
        journal.redactSubject(ANNA);

        assertThat(finals()).extracting(QuestionAnswer::participant).containsExactly(BERT);
        try (Stream<RecordedAnswer> raw = RecordedAnswers.recorded(journal)) {
            assertThat(raw)
                    .extracting(RecordedAnswer::participant, RecordedAnswer::variable)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(BERT, "yo_1"),
                            org.assertj.core.groups.Tuple.tuple(BERT, "v_yo_1"));
        }
    }

    @Test
    void aNewBlockClosesTheOneBeforeEvenWithoutACompletion() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "yes");
        event(ANNA, ConversationEvents.BLOCK_STARTED, "first");
        answered(ANNA, "first", "yo_1", "B");
        answered(ANNA, "first", "v_yo_1", "yes");

        assertThat(finals()).extracting(QuestionAnswer::block).containsExactly(BlockId.of("last"), BlockId.of("first"));
    }

    @Test
    void anAttemptThatWasNeverConfirmedIsNotAnAnswer() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "yes");
        answered(ANNA, "last", "others_1", "B");
        event(ANNA, ConversationEvents.BLOCK_COMPLETED, "last");
        answered(BERT, "last", "yo_1", "A");
        answered(BERT, "last", "v_yo_1", "no");
        answered(BERT, "last", "yo_2", "B");

        assertThat(finals())
                .extracting(QuestionAnswer::participant, QuestionAnswer::question)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ANNA, "yo"));
    }

    @Test
    void theLastPossibleAttemptCountsWithoutConfirmation() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "no");
        answered(ANNA, "last", "yo_2", "B");
        answered(ANNA, "last", "v_yo_2", "no");
        answered(ANNA, "last", "yo_3", "nvr");

        assertThat(finals())
                .singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo("nvr"));
    }

    @Test
    void aStoryRunSkippedOrLeftUnfinishedGivesNoAnswerEvenIfConfirmed() {
        answered(ANNA, "last", "yo_1", "A");
        answered(ANNA, "last", "v_yo_1", "yes");
        event(ANNA, ConversationEvents.BLOCK_SKIPPED, "last");
        answered(BERT, "first", "yo_1", "B");
        answered(BERT, "first", "v_yo_1", "yes");
        event(BERT, ConversationEvents.BLOCK_ABANDONED, "first");
        answered(BERT, "q1", "postcode", "08001");
        event(BERT, ConversationEvents.BLOCK_ABANDONED, "q1");

        assertThat(finals()).extracting(QuestionAnswer::block).containsExactly(BlockId.of("q1"));
    }

    /** Whatever the attempts and rule, the reported value is the one the content model's rule picks. */
    @Property(tries = 100)
    void theFinalAnswerAgreesWithTheContentModel(
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 2) Integer> choices,
            @ForAll boolean firstRule) {
        journal = new InMemoryJournal();
        String block = firstRule ? "first" : "last";
        String[] codes = {"A", "B", "nvr"};
        Map<String, String> recorded = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            String variable = "yo_" + (i + 1);
            answered(ANNA, block, variable, codes[choices.get(i)]);
            recorded.put(variable, codes[choices.get(i)]);
            if (i < choices.size() - 1) {
                answered(ANNA, block, "v_" + variable, "no");
            } else if (i < 2) {
                // The last attempt given is confirmed; the third and last possible one needs no confirmation.
                answered(ANNA, block, "v_" + variable, "yes");
            }
        }
        event(ANNA, ConversationEvents.BLOCK_COMPLETED, block);

        String expected = study().block(BlockId.of(block))
                .orElseThrow()
                .story()
                .orElseThrow()
                .questions()
                .get(0)
                .finalAnswer(recorded)
                .orElseThrow();
        assertThat(finals()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(expected);
            assertThat(a.attempts()).isEqualTo(choices.size());
        });
    }
}
