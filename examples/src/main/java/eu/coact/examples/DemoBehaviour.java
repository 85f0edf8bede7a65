package eu.coact.examples;

import eu.coact.content.Action;
import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.TextFormat;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.engine.channel.ScriptedBehaviour;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the demo's simulated participants behave, derived from the study's own buttons so that
 * any study folder can be rehearsed: earlier options are chosen more often than later ones
 * (answers are skewed, as real ones are), "I'd rather not answer" is rare, most people agree to
 * take part (whatever the buttons that give or refuse consent are called) and some do not, a few pause for some days and come back, a few leave — some of
 * them asking for their answers to be erased — and free-text questions get answers of the
 * declared form.
 */
final class DemoBehaviour {

    /**
     * The weights of consent answers: agreeing and granting the optional purposes asked, agreeing
     * to the mandatory ones only, and declining. About one in eleven declines, and three in four
     * of those who agree also allow what is asked besides (such as publication as open data).
     */
    private static final int YES_TO_ALL = 30;

    private static final int YES = 10;
    private static final int NO = 3;

    private DemoBehaviour() {}

    /** The behaviour for a study. */
    static ScriptedBehaviour of(Study study) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (ContentBlock block : study.blocks().values()) {
            for (Message message : block.messages().values()) {
                if (message instanceof SingleChoice choice) {
                    weigh(choice.options(), weights);
                } else if (message instanceof MultipleChoice choice) {
                    weigh(choice.options(), weights);
                } else if (message instanceof FreeText free) {
                    typed.putIfAbsent(free.id().value(), typedAnswer(free.format()));
                }
            }
        }
        consentAnswers(study, weights);
        ScriptedBehaviour behaviour = ScriptedBehaviour.standard()
                .withDelays(Duration.ofSeconds(20), Duration.ofMinutes(40))
                .withAnswers(weights, 0.1)
                .withPauses(0.004, Duration.ofDays(4))
                .withWithdrawals(0.002, 0.4)
                .withLanguages(languages(study.plan().languages()));
        for (Map.Entry<String, String> answer : typed.entrySet()) {
            behaviour = behaviour.withTypedAnswer(answer.getKey(), answer.getValue());
        }
        return behaviour;
    }

    /**
     * The buttons that lead to consent being given or refused weigh as real people choose,
     * whatever the study calls them ("agree", "sí", "publish", …).
     */
    private static void consentAnswers(Study study, Map<String, Integer> weights) {
        for (ContentBlock block : study.blocks().values()) {
            for (Message message : block.messages().values()) {
                if (message instanceof SingleChoice choice && choice.next() instanceof Next.OnAnswer branches) {
                    for (Map.Entry<String, MessageId> branch : branches.cases().entrySet()) {
                        consentWeight(block, branch.getValue()).ifPresent(w -> weights.put(branch.getKey(), w));
                    }
                }
            }
        }
    }

    /**
     * How likely answering with a branch is, when it leads to a consent decision (perhaps after
     * more questions, such as optional purposes): the best that can be reached from it — consent
     * granting optional purposes, consent, or a refusal.
     */
    private static Optional<Integer> consentWeight(ContentBlock block, MessageId start) {
        Set<MessageId> seen = new HashSet<>();
        Deque<MessageId> next = new ArrayDeque<>(List.of(start));
        Optional<Integer> found = Optional.empty();
        while (!next.isEmpty()) {
            MessageId id = next.pop();
            Message message = block.messages().get(id);
            if (message == null || !seen.add(id)) {
                continue;
            }
            for (Action action : message.actions()) {
                if (action instanceof Action.RecordConsent record) {
                    int weight = record.decision() == Action.ConsentDecision.REFUSED
                            ? NO
                            : record.grants().isEmpty() ? YES : YES_TO_ALL;
                    found = Optional.of(Math.max(weight, found.orElse(0)));
                }
            }
            message.next().targets().forEach(next::add);
        }
        return found;
    }

    /** The first button is the most common answer, each later one a little less; missing codes are rare. */
    private static void weigh(List<Option> options, Map<String, Integer> weights) {
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            int weight = option.missing() ? 1 : Math.max(2, 12 - 3 * i);
            weights.merge(option.value(), weight, Math::max);
        }
    }

    private static String typedAnswer(TextFormat format) {
        return switch (format) {
            case TIME -> "20:30";
            case POSTCODE -> "08001";
            case NUMBER -> "2";
            case TEXT -> "I would listen first";
        };
    }

    /** The study's first language is the most common choice, then each next one a little less. */
    private static Map<Language, Integer> languages(List<Language> languages) {
        Map<Language, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            weights.put(languages.get(i), Math.max(1, languages.size() + 1 - i));
        }
        return weights;
    }
}
