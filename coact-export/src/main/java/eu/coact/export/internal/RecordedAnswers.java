package eu.coact.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the answers the conversation engine recorded in a journal, for analysis and open-data
 * release: every recorded answer as it was given, or per participant, block and question the
 * answer that counts, with the number of attempts. Redacted entries (erased participants) are
 * skipped. Both readers stream the journal: the final answers hold only the open block of each
 * participant, never the whole history.
 *
 * <pre>{@code
 * RecordedAnswers answers = RecordedAnswers.of(study);
 * answers.forEachFinalAnswer(journal, a -> csv.writeRow(a.participant().value(), a.block().value(),
 *         a.question(), a.value(), Integer.toString(a.attempts())));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each read runs on the calling thread.
 */
public final class RecordedAnswers {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * What an answer variable of a block stands for: an attempt at a question (final when no
     * confirmation follows it), the confirmation of an attempt (with the values that confirm),
     * or nothing to report (a continue button).
     */
    private record Role(
            Optional<AttemptedQuestion> question,
            boolean finalAttempt,
            Optional<String> confirms,
            Set<String> confirming) {}

    private static final Role NOTHING = new Role(Optional.empty(), false, Optional.empty(), Set.of());
    private static final FewKeys<Role> NO_ROLES = new FewKeys<>(Map.of());

    /** How a run of a block ended, as far as its answers are concerned. */
    private enum Ending {
        /** Completed, replaced by another block, or still open at the end of the journal. */
        KEPT,
        /** Skipped after its content warning, or left unfinished: a story run that gives no answer. */
        DROPPED
    }

    private static final Names NO_NAMES = new Names(KnownNames.of(Map.of()), KnownNames.of(Map.of()));

    /** The study's block ids and answer variables, found in a payload without decoding them. */
    private record Names(KnownNames<BlockId> blocks, KnownNames<String> variables) {

        static Names of(Study study) {
            Map<String, BlockId> blocks = new HashMap<>();
            Map<String, String> variables = new HashMap<>();
            for (ContentBlock block : study.blocks().values()) {
                blocks.put(block.id().value(), block.id());
                for (Message message : block.messages().values()) {
                    message.answerVariable().ifPresent(v -> variables.put(v, v));
                }
                block.story()
                        .ifPresent(story -> story.questions().forEach(q -> {
                            q.attempts().forEach(v -> variables.put(v, v));
                            variables.put(q.variable(), q.variable());
                        }));
            }
            return new Names(KnownNames.of(blocks), KnownNames.of(variables));
        }
    }

    private final Map<BlockId, FewKeys<Role>> roles;
    private final Names names;

    private RecordedAnswers(Map<BlockId, FewKeys<Role>> roles, Names names) {
        this.roles = roles;
        this.names = names;
    }

    /**
     * A reader for the journal of a study: the study tells which answer variables are attempts
     * at a microstory question (and under which final-answer rule) and which are confirmations.
     *
     * @param study the study whose engine wrote the journal
     * @return the reader
     */
    public static RecordedAnswers of(Study study) {
        Map<BlockId, FewKeys<Role>> roles = new HashMap<>();
        for (ContentBlock block : study.blocks().values()) {
            Map<String, Role> byVariable = new HashMap<>();
            for (Message message : block.messages().values()) {
                // A button with a single choice carries no answer: it only moves the conversation on.
                boolean continuePress = message instanceof eu.coact.content.SingleChoice
                        && message.options().size() == 1;
                if (block.story().isPresent() || continuePress) {
                    message.answerVariable().ifPresent(v -> byVariable.put(v, NOTHING));
                }
            }
            block.story().ifPresent(story -> {
                for (AttemptedQuestion question : story.questions()) {
                    for (String attempt : question.attempts()) {
                        Optional<Message> confirmation = confirmationAfter(block, attempt);
                        byVariable.put(
                                attempt,
                                new Role(Optional.of(question), confirmation.isEmpty(), Optional.empty(), Set.of()));
                        confirmation.ifPresent(c -> byVariable.put(
                                c.answerVariable().orElseThrow(),
                                new Role(
                                        Optional.empty(),
                                        false,
                                        Optional.of(attempt),
                                        confirmingValues(block, c, question))));
                    }
                }
            });
            roles.put(block.id(), new FewKeys<>(byVariable));
        }
        return new RecordedAnswers(roles, Names.of(study));
    }

    /**
     * The choice message that asks to confirm an attempt, if one follows it: it branches on its
     * own answer and is no attempt itself (a last attempt may lead straight to the next question).
     */
    private static Optional<Message> confirmationAfter(ContentBlock block, String attempt) {
        Set<String> attempts = new HashSet<>();
        block.story().ifPresent(s -> s.questions().forEach(q -> attempts.addAll(q.attempts())));
        return block.messages().values().stream()
                .filter(m -> m.answerVariable().filter(attempt::equals).isPresent())
                .findFirst()
                .map(Message::next)
                .filter(n -> n instanceof Next.GoTo)
                .map(n -> ((Next.GoTo) n).target())
                .flatMap(id -> Optional.ofNullable(block.messages().get(id)))
                .filter(m ->
                        m.answerVariable().filter(v -> !attempts.contains(v)).isPresent()
                                && !m.options().isEmpty()
                                && m.next() instanceof Next.OnAnswer);
    }

    /**
     * The values of a confirmation that do not lead to another attempt: pressing one of them
     * confirms. An attempt is known by the variable its message asks, whatever the message's id.
     */
    private static Set<String> confirmingValues(ContentBlock block, Message confirmation, AttemptedQuestion question) {
        Set<String> values = new HashSet<>();
        Map<String, eu.coact.core.MessageId> cases =
                confirmation.next() instanceof Next.OnAnswer on ? on.cases() : Map.of();
        for (eu.coact.content.Option option : confirmation.options()) {
            Optional<String> asked = Optional.ofNullable(cases.get(option.value()))
                    .flatMap(block::message)
                    .flatMap(Message::answerVariable);
            if (asked.filter(question.attempts()::contains).isEmpty()) {
                values.add(option.value());
            }
        }
        return Set.copyOf(values);
    }

    /**
     * Every answer recorded in the journal, in journal order, without redacted ones.
     *
     * @param journal the journal
     * @return the answers; close the stream when done
     * @throws JournalException if an answer entry is not the JSON the engine writes
     */
    public static Stream<RecordedAnswer> recorded(Journal journal) {
        Stream<JournalEntry> entries = journal.readAll();
        return entries.filter(e -> e.type().equals(ConversationEvents.ANSWERED)
                        && !e.isRedacted()
                        && e.subject().isPresent())
                .map(e -> answer(e, NO_NAMES))
                .onClose(entries::close);
    }

    /**
     * Hands every final answer in the journal to {@code sink}, one per participant, block and
     * question: when the block ends, when the participant starts another block, or at the end of
     * the journal for blocks still open. Only confirmed answers count: a microstory question
     * counts only when one of its attempts was confirmed or its last attempt (after which the
     * answer is saved) was answered, and a microstory run that was skipped after its content
     * warning or left unfinished gives no answer at all. Confirmations and continue buttons are
     * not reported.
     *
     * @param journal the journal
     * @param sink    receives each final answer
     * @throws JournalException if an answer entry is not the JSON the engine writes
     */
    public void forEachFinalAnswer(Journal journal, Consumer<? super QuestionAnswer> sink) {
        FinalAnswerPass pass = new FinalAnswerPass(Objects.requireNonNull(sink, "sink"));
        try (Stream<JournalEntry> entries = journal.readAll()) {
            entries.forEach(pass);
        }
        pass.finish();
    }

    /**
     * As {@link #forEachFinalAnswer}, on the same single read of the journal that verifies it
     * ({@link Journal#readVerified}). When the result is broken, the answers handed over so far
     * came from a journal that may have been altered: discard everything made from them. The
     * blocks still open at the end are handed over only when the journal is intact.
     *
     * @param journal the journal
     * @param sink    receives each final answer
     * @return the journal's verification
     * @throws JournalException if an answer entry is not the JSON the engine writes
     */
    public Verification forEachVerifiedFinalAnswer(Journal journal, Consumer<? super QuestionAnswer> sink) {
        FinalAnswerPass pass = new FinalAnswerPass(Objects.requireNonNull(sink, "sink"));
        Verification result = journal.readVerified(pass);
        if (result.isIntact()) {
            pass.finish();
        }
        return result;
    }

    /** One read of the journal, entry by entry: the open block of each participant, closed as the journal says. */
    private final class FinalAnswerPass implements Consumer<JournalEntry> {
        private final Consumer<? super QuestionAnswer> sink;
        private final Map<Pseudonym, OpenBlock> open = new LinkedHashMap<>();
        /** The participant of the entry before and their open block (or null): entries come in runs per participant. */
        private Pseudonym recent;

        private OpenBlock recentBlock;

        FinalAnswerPass(Consumer<? super QuestionAnswer> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(JournalEntry entry) {
            if (entry.isRedacted() || entry.subject().isEmpty()) {
                return;
            }
            Pseudonym participant = entry.subject().get();
            // Tests in turn rather than a switch: a switch hashes the type, a new string in every entry.
            String type = entry.type();
            if (type.equals(ConversationEvents.ANSWERED)) {
                RecordedAnswer answer = answer(entry, names);
                OpenBlock current = openBlockOf(participant);
                if (current != null && !current.block.equals(answer.block())) {
                    current.close(sink, Ending.KEPT);
                    current = null;
                }
                if (current == null) {
                    current = new OpenBlock(participant, answer.block(), roles.getOrDefault(answer.block(), NO_ROLES));
                    open.put(participant, current);
                    recentBlock = current;
                }
                current.add(answer);
            } else if (type.equals(ConversationEvents.BLOCK_COMPLETED)
                    || type.equals(ConversationEvents.BLOCK_STARTED)) {
                close(participant, Ending.KEPT);
            } else if (type.equals(ConversationEvents.BLOCK_SKIPPED)
                    || type.equals(ConversationEvents.BLOCK_ABANDONED)) {
                close(participant, Ending.DROPPED);
            }
            // Other facts say nothing about answers.
        }

        private OpenBlock openBlockOf(Pseudonym participant) {
            if (!participant.equals(recent)) {
                recent = participant;
                recentBlock = open.get(participant);
            }
            return recentBlock;
        }

        private void close(Pseudonym participant, Ending ending) {
            OpenBlock current = openBlockOf(participant);
            if (current != null) {
                open.remove(participant);
                recentBlock = null;
                current.close(sink, ending);
            }
        }

        /** The end of the journal: blocks still open keep their answers. */
        void finish() {
            for (OpenBlock current : open.values()) {
                current.close(sink, Ending.KEPT);
            }
            open.clear();
            recent = null;
            recentBlock = null;
        }
    }

    /** The answers of one participant in the block they are in, by question. */
    private static final class OpenBlock {
        private final Pseudonym participant;
        private final BlockId block;
        private final FewKeys<Role> roles;
        /** Per question: the recorded value of each attempt variable (the latest if recorded twice). */
        private final Map<String, Map<String, RecordedAnswer>> byQuestion = new LinkedHashMap<>();
        /** The questions with a confirmed attempt, or whose last attempt was answered. */
        private final Set<String> settled = new HashSet<>();

        private boolean story;

        OpenBlock(Pseudonym participant, BlockId block, FewKeys<Role> roles) {
            this.participant = participant;
            this.block = block;
            this.roles = roles;
        }

        void add(RecordedAnswer answer) {
            Role role = roles.get(answer.variable());
            if (role == null) {
                byQuestion
                        .computeIfAbsent(answer.variable(), q -> new LinkedHashMap<>(4))
                        .put(answer.variable(), answer);
                settled.add(answer.variable());
                return;
            }
            if (role.confirms().isPresent()) {
                Role attempt = roles.get(role.confirms().get());
                String question = attempt.question().orElseThrow().variable();
                Map<String, RecordedAnswer> given = byQuestion.get(question);
                if (given != null
                        && given.containsKey(role.confirms().get())
                        && role.confirming().contains(answer.value())) {
                    settled.add(question);
                }
                return;
            }
            if (role.question().isEmpty()) {
                return;
            }
            story = true;
            String question = role.question().get().variable();
            byQuestion.computeIfAbsent(question, q -> new LinkedHashMap<>(4)).put(answer.variable(), answer);
            if (role.finalAttempt()) {
                settled.add(question);
            }
        }

        void close(Consumer<? super QuestionAnswer> sink, Ending ending) {
            if (story && ending == Ending.DROPPED) {
                return;
            }
            byQuestion.forEach((question, attempts) -> {
                if (!settled.contains(question)) {
                    return;
                }
                RecordedAnswer counting;
                Role role = roles.get(attempts.keySet().iterator().next());
                if (role == null || attempts.size() == 1) {
                    // Whatever the rule, a single attempt given is the one that counts.
                    counting = attempts.values().iterator().next();
                } else {
                    AttemptedQuestion rule = role.question().orElseThrow();
                    // The rule picks among attempt variables; mapping each to itself yields the one chosen.
                    Map<String, String> given = new HashMap<>();
                    attempts.keySet().forEach(v -> given.put(v, v));
                    String chosen = rule.rule().pick(rule.attempts(), given).orElseThrow();
                    counting = attempts.get(chosen);
                }
                sink.accept(new QuestionAnswer(
                        participant, block, question, counting.value(), attempts.size(), counting.at()));
            });
        }
    }

    private static RecordedAnswer answer(JournalEntry entry, Names names) {
        byte[] payload = entry.payload().orElseThrow();
        int[] quick = quickFields(payload);
        if (quick != null) {
            // The study's own block id and variable when it knows them: no decoding, no id check, hash codes cached.
            BlockId known = names.blocks().lookup(payload, quick[0], quick[1]);
            String variable = names.variables().lookup(payload, quick[2], quick[3]);
            return new RecordedAnswer(
                    entry.sequence(),
                    entry.subject().orElseThrow(),
                    known != null ? known : BlockId.of(text(payload, quick[0], quick[1])),
                    variable != null ? variable : text(payload, quick[2], quick[3]),
                    text(payload, quick[4], quick[5]),
                    entry.at());
        }
        String block = null;
        String variable = null;
        String value = null;
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnAnswer(entry, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token != JsonToken.VALUE_STRING) {
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "block" -> block = parser.getText();
                    case "variable" -> variable = parser.getText();
                    case "value" -> value = parser.getText();
                    default -> {
                        // The message id and anything added later are not needed here.
                    }
                }
            }
        } catch (IOException e) {
            throw notAnAnswer(entry, e);
        }
        if (block == null || variable == null || value == null) {
            throw notAnAnswer(entry, null);
        }
        return new RecordedAnswer(
                entry.sequence(), entry.subject().orElseThrow(), BlockId.of(block), variable, value, entry.at());
    }

    /**
     * Block, variable and value of a payload as the engine writes it — a flat object of strings
     * without escapes — read without a JSON parser, because this runs once per answer of a
     * whole study. Anything else (escapes, other value types, odd spacing) gives null and is
     * left to the full parser. The result holds where each of the three strings starts and
     * ends (exclusive), without its quotes.
     */
    private static int[] quickFields(byte[] json) {
        int n = json.length;
        if (n < 2 || json[0] != '{' || json[n - 1] != '}') {
            return null;
        }
        int[] out = {-1, -1, -1, -1, -1, -1};
        int i = 1;
        while (i < n - 1) {
            int nameStart = i + 1;
            int nameEnd = stringEnd(json, i);
            if (nameEnd < 0 || nameEnd + 2 >= n || json[nameEnd + 1] != ':') {
                return null;
            }
            int valueStart = nameEnd + 2;
            int valueEnd = stringEnd(json, valueStart);
            if (valueEnd < 0) {
                return null;
            }
            int slot = slot(json, nameStart, nameEnd);
            if (slot >= 0) {
                out[2 * slot] = valueStart + 1;
                out[2 * slot + 1] = valueEnd;
            }
            i = valueEnd + 1;
            if (json[i] == ',') {
                i++;
            } else if (i != n - 1) {
                return null;
            }
        }
        return out[0] < 0 || out[2] < 0 || out[4] < 0 ? null : out;
    }

    private static String text(byte[] json, int from, int to) {
        return new String(json, from, to - from, StandardCharsets.UTF_8);
    }

    /** The index of the closing quote of a string starting at {@code start}, or -1 if it has escapes or is not a string. */
    private static int stringEnd(byte[] json, int start) {
        if (json[start] != '"') {
            return -1;
        }
        for (int i = start + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                return -1;
            }
            if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static final byte[][] NAMES = {
        "block".getBytes(StandardCharsets.US_ASCII),
        "variable".getBytes(StandardCharsets.US_ASCII),
        "value".getBytes(StandardCharsets.US_ASCII)
    };

    private static int slot(byte[] json, int from, int to) {
        for (int s = 0; s < NAMES.length; s++) {
            if (Arrays.equals(json, from, to, NAMES[s], 0, NAMES[s].length)) {
                return s;
            }
        }
        return -1;
    }

    private static JournalException notAnAnswer(JournalEntry entry, Exception cause) {
        String message = "journal entry #" + entry.sequence() + " (" + entry.type()
                + ") is not an answer with block, variable and value";
        return cause == null ? new JournalException(message) : new JournalException(message, cause);
    }

    /** A count of the blocks known, never answers. */
    @Override
    public String toString() {
        return "RecordedAnswers[" + roles.size() + " blocks]";
    }
}
