package eu.coact.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.content.authoring.ContentValidator;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

    private static final List<Language> EN = List.of(Language.of("en"));
    private static final Authorship AUTHORS = Authorship.by(List.of("t"), LocalDate.of(2026, 1, 1), "tests");

    @Test
    void freeTextAnswersFollowTheDeclaredFormatLengthAndSkipWord() {
        FreeText time = new FreeText(
                MessageId.of("t"),
                LocalizedText.of("en", "Time?"),
                "time",
                5,
                TextFormat.TIME,
                Optional.of(LocalizedText.of("en", "NO")),
                Pacing.standard(),
                Next.end(),
                List.of(),
                Map.of(),
                DisclosureRole.defaultFor(TextFormat.TIME));

        assertThat(time.accepts("09:30", Language.of("en"))).isTrue();
        assertThat(time.accepts(" 23:59 ", Language.of("en"))).isTrue();
        assertThat(time.accepts("24:00", Language.of("en"))).isFalse();
        assertThat(time.accepts("no", Language.of("en"))).isTrue();
        assertThat(time.accepts("later", Language.of("en"))).isFalse();
        assertThat(TextFormat.POSTCODE.accepts("08001")).isTrue();
        assertThat(TextFormat.POSTCODE.accepts("SW1A 1AA")).isTrue();
        assertThat(TextFormat.POSTCODE.accepts("1")).isFalse();
        assertThat(TextFormat.POSTCODE.accepts("080 01; DROP")).isFalse();
    }

    @Property(tries = 200)
    void aTimeIsAcceptedExactlyWhenItIsOnTheClock(
            @ForAll @IntRange(min = 0, max = 30) int hour, @ForAll @IntRange(min = 0, max = 70) int minute) {
        String written = String.format("%02d:%02d", hour, minute);

        assertThat(TextFormat.TIME.accepts(written)).isEqualTo(hour < 24 && minute < 60);
    }

    @Property(tries = 100)
    void frequenciesReadBackAsWrittenAndOrderFromRarest(
            @ForAll @IntRange(min = 1, max = 24) int times, @ForAll boolean daily) {
        Frequency frequency = new Frequency(times, daily ? Frequency.Period.DAY : Frequency.Period.WEEK);

        assertThat(Frequency.parse(frequency.toString())).contains(frequency);
        assertThat(new Frequency(1, Frequency.Period.WEEK)).isLessThanOrEqualTo(frequency);
    }

    @Test
    void badFrequenciesAndWaitsAreRefused() {
        assertThat(Frequency.parse("0/day")).isEmpty();
        assertThat(Frequency.parse("25/day")).isEmpty();
        assertThat(Frequency.parse("1/month")).isEmpty();
        assertThatThrownBy(() -> Pacing.waitFor(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pacing.waitFor(Duration.ofDays(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldConstraintsAreCheckedByJakartaValidationAtTheFieldsPath() {
        SingleChoice bad = new SingleChoice(
                MessageId.of("q"),
                LocalizedText.of("en", "Q?"),
                "1 not a name",
                List.of(Option.of(" ", LocalizedText.of("en", "Blank"))),
                Optional.empty(),
                Pacing.standard(),
                Next.end(),
                List.of(),
                Map.of(),
                DisclosureRole.NONE);
        ContentBlock block = new ContentBlock(
                BlockId.of("b"),
                BlockKind.QUESTIONNAIRE,
                EN,
                MessageId.of("q"),
                Map.of(MessageId.of("q"), bad),
                new Authorship(List.of(), LocalDate.of(2026, 1, 1), " "),
                Sensitivity.none(),
                Optional.of(-1),
                Optional.empty());

        List<Problem> problems = ContentValidator.standard().validate(block).withCode("invalid-value");

        assertThat(problems)
                .extracting(p -> p.location().path())
                .containsExactlyInAnyOrder(
                        "/messages/q/variable",
                        "/messages/q/options/0/value",
                        "/authorship/authors",
                        "/authorship/source",
                        "/score");
        assertThat(problems).allSatisfy(p -> assertThat(p.location().source()).isEqualTo("block b"));
    }

    @Test
    void contentAboutSuicideNeedsAHelpNote() {
        ContentBlock block = ContentBlock.of(
                        BlockId.of("s"),
                        BlockKind.SHARE_EXPERIENCE,
                        EN,
                        List.of(Information.of(MessageId.of("a"), LocalizedText.of("en", "A hard story."), Next.end())),
                        AUTHORS)
                .withSensitivity(new Sensitivity(java.util.Set.of(ContentWarning.SUICIDE), Optional.empty()));

        assertThat(ContentValidator.standard().validate(block).withCode("missing-help-note"))
                .hasSize(1);
    }

    @Test
    void aValueMapChoosesTheTextForTheAnswerAndFallsBackOtherwise() {
        Placeholder.ValueMap gender = new Placeholder.ValueMap(
                "gender",
                Map.of("m", LocalizedText.of("en", "you are a man")),
                Optional.of(LocalizedText.of("en", "noted")));

        assertThat(gender.textFor("m").flatMap(t -> t.in(Language.of("en")))).contains("you are a man");
        assertThat(gender.textFor("x").flatMap(t -> t.in(Language.of("en")))).contains("noted");
    }

    @Test
    void codebookItemsSeparateAnswerCodesFromMissingCodes() {
        ContentBlock block = ContentBlock.of(
                BlockId.of("p"),
                BlockKind.QUESTIONNAIRE,
                EN,
                List.of(SingleChoice.of(
                        MessageId.of("g"),
                        LocalizedText.of("en", "Gender?"),
                        "gender",
                        List.of(
                                Option.of("m", LocalizedText.of("en", "Man")),
                                Option.of("f", LocalizedText.of("en", "Woman")),
                                Option.missing("nvr", LocalizedText.of("en", "I'd rather not answer"))),
                        Next.end())),
                AUTHORS);

        QuestionnaireItem item = QuestionnaireItem.of(block).get(0);

        assertThat(item.variable()).isEqualTo("gender");
        assertThat(item.codes()).extracting(AnswerCode::code).containsExactly("m", "f");
        assertThat(item.missing()).extracting(AnswerCode::code).containsExactly("nvr");
    }
}
