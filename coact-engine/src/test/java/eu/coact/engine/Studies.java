package eu.coact.engine;

import eu.coact.content.Action;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.Sensitivity;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.content.TextFormat;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small studies built in code for engine tests. */
final class Studies {

    static final Language CA = Language.of("ca");
    static final Language EN = Language.of("en");
    static final List<Language> LANGUAGES = List.of(EN, CA);
    static final Authorship AUTHORS =
            Authorship.by(List.of("co-researcher group"), LocalDate.of(2024, 1, 10), "engine tests");

    private Studies() {}

    static LocalizedText text(String en, String ca) {
        return LocalizedText.of("en", en, "ca", ca);
    }

    static MessageId id(String value) {
        return MessageId.of(value);
    }

    /** Welcome: information, then consent yes/no with record-consent actions on two thank-you messages. */
    static ContentBlock welcome() {
        Map<String, MessageId> cases = new LinkedHashMap<>();
        cases.put("yes", id("given"));
        cases.put("no", id("refused"));
        List<Message> messages = List.of(
                Information.of(
                        id("hello"), text("Welcome to the study.", "Benvinguda a l'estudi."), Next.goTo(id("consent"))),
                SingleChoice.of(
                        id("consent"),
                        text("Do you consent?", "Hi dones el consentiment?"),
                        "consent",
                        List.of(
                                Option.of("yes", text("I consent", "Hi dono el consentiment")),
                                Option.of("no", text("I do not", "No"))),
                        Next.onAnswer(cases, Optional.empty())),
                new Information(
                        id("given"),
                        text("Thank you for joining.", "Gràcies per participar."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(new Action.RecordConsent(Action.ConsentDecision.GIVEN)),
                        Map.of()),
                new Information(
                        id("refused"),
                        text("We respect your choice.", "Respectem la teva decisió."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(new Action.RecordConsent(Action.ConsentDecision.REFUSED)),
                        Map.of()));
        return ContentBlock.of(BlockId.of("welcome"), BlockKind.SYSTEM, LANGUAGES, messages, AUTHORS);
    }

    static ContentBlock confirmation(String id, String en) {
        return ContentBlock.of(
                BlockId.of(id),
                BlockKind.SYSTEM,
                LANGUAGES,
                List.of(Information.of(id("done"), text(en, en + " (ca)"), Next.end())),
                AUTHORS);
    }

    /** A story with one question that branches, a profile field and a template. */
    static ContentBlock story(String block) {
        Map<String, MessageId> cases = new LinkedHashMap<>();
        cases.put("A", id("same"));
        Map<String, LocalizedText> valueMap = new LinkedHashMap<>();
        valueMap.put("A", text("the same", "el mateix"));
        List<Message> messages = List.of(
                Information.of(
                        id("story"),
                        text("Pau tells a story " + block + ".", "En Pau explica " + block + "."),
                        Next.goTo(id("yo"))),
                new SingleChoice(
                        id("yo"),
                        text("Has it happened to you?", "T'ha passat?"),
                        "yo",
                        List.of(
                                Option.of("A", text("Yes", "Sí")),
                                Option.of("B", text("Something similar", "Semblant")),
                                Option.missing("nvr", text("I'd rather not answer", "Prefereixo no respondre"))),
                        Optional.empty(),
                        Pacing.standard(),
                        Next.onAnswer(cases, Optional.of(id("other"))),
                        List.of(new Action.SetProfileField("last", "yo")),
                        Map.of(),
                        DisclosureRole.NONE),
                new Information(
                        id("same"),
                        text("You said {what}.", "Has dit {what}."),
                        Pacing.standard(),
                        Next.goTo(id("thanks")),
                        List.of(),
                        Map.of("what", new Placeholder.ValueMap("yo", valueMap, Optional.of(text("other", "altre"))))),
                Information.of(id("other"), text("Thank you for sharing.", "Gràcies."), Next.goTo(id("thanks"))),
                Information.of(id("thanks"), text("See you soon.", "Fins aviat."), Next.end()));
        return ContentBlock.of(BlockId.of(block), BlockKind.SHARE_EXPERIENCE, LANGUAGES, messages, AUTHORS);
    }

    /** A sensitive story with a help note that the author's flow does not reach. */
    static ContentBlock sensitive(String block) {
        List<Message> messages = List.of(
                Information.of(id("story"), text("A hard story.", "Una història dura."), Next.goTo(id("ok"))),
                SingleChoice.of(
                        id("ok"),
                        text("How do you feel?", "Com et sents?"),
                        "ok",
                        List.of(Option.of("fine", text("Fine", "Bé")), Option.of("bad", text("Bad", "Malament"))),
                        Next.end()),
                Information.of(id("help"), text("Help: call 112.", "Ajuda: truca al 112."), Next.end()));
        return ContentBlock.of(BlockId.of(block), BlockKind.SHARE_EXPERIENCE, LANGUAGES, messages, AUTHORS)
                .withSensitivity(Sensitivity.warning(Set.of(ContentWarning.SUICIDE), id("help")));
    }

    /** A questionnaire with a validated free-text postcode and an explicit wait. */
    static ContentBlock questionnaire(String block) {
        List<Message> messages = List.of(
                new FreeText(
                        id("postcode"),
                        text("Your postcode?", "El teu codi postal?"),
                        "postcode",
                        10,
                        TextFormat.POSTCODE,
                        Optional.of(text("NO", "NO")),
                        Pacing.waitFor(Duration.ofMinutes(5)),
                        Next.goTo(id("bye")),
                        List.of(new Action.SetProfileField("postcode", "postcode")),
                        Map.of(),
                        DisclosureRole.defaultFor(TextFormat.POSTCODE)),
                Information.of(id("bye"), text("Thanks, {code}.", "Gràcies, {code}."), Next.end()));
        ContentBlock plain = ContentBlock.of(BlockId.of(block), BlockKind.QUESTIONNAIRE, LANGUAGES, messages, AUTHORS);
        Map<MessageId, Message> withFill = new LinkedHashMap<>(plain.messages());
        withFill.put(
                id("bye"),
                new Information(
                        id("bye"),
                        text("Thanks, {code}.", "Gràcies, {code}."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(),
                        Map.of("code", new Placeholder.Answer("postcode"))));
        return new ContentBlock(
                plain.id(),
                plain.kind(),
                plain.languages(),
                plain.entry(),
                withFill,
                plain.authorship(),
                plain.sensitivity(),
                Optional.empty(),
                Optional.empty());
    }

    /** Welcome, pause and resume confirmations, and a sequence of the given blocks. */
    static Study of(List<ContentBlock> sequence) {
        return of(welcome(), sequence);
    }

    /** A welcome block of one's own, the confirmations, and a sequence of the given blocks. */
    static Study of(ContentBlock welcome, List<ContentBlock> sequence) {
        List<ContentBlock> all = new ArrayList<>(sequence);
        all.add(welcome);
        all.add(confirmation("paused", "Paused. Type resume to continue."));
        all.add(confirmation("resumed", "Welcome back."));
        all.add(confirmation("leaving", "Leaving."));
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        all.forEach(b -> blocks.put(b.id(), b));
        // No withdraw block: leaving runs the engine's own questions.
        Map<SystemRole, BlockId> system = Map.of(
                SystemRole.WELCOME,
                BlockId.of("welcome"),
                SystemRole.PAUSE,
                BlockId.of("paused"),
                SystemRole.RESUME,
                BlockId.of("resumed"));
        StudyPlan plan = new StudyPlan(
                StudyId.of("engine-test"),
                LANGUAGES,
                sequence.stream().map(ContentBlock::id).toList(),
                system,
                Frequency.daily(),
                Set.of(Frequency.daily(), new Frequency(2, Frequency.Period.DAY)));
        return new Study(plan, blocks);
    }

    /** Three stories, one sensitive, and a questionnaire. */
    static Study standard() {
        return of(List.of(story("s1"), sensitive("s2"), questionnaire("q1"), story("s3")));
    }
}
