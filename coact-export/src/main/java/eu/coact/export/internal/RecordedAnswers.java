package eu.coact.export.internal;

import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import java.util.Map;
import java.util.Objects;
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

    private final Map<BlockId, FewKeys<AnswerRole>> roles;
    private final AnswerNames names;

    private RecordedAnswers(Map<BlockId, FewKeys<AnswerRole>> roles, AnswerNames names) {
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
        return new RecordedAnswers(AnswerRole.byBlock(study), AnswerNames.of(study));
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
                .map(e -> AnswerPayload.read(e, AnswerNames.NONE))
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
        FinalAnswerPass pass = new FinalAnswerPass(roles, names, Objects.requireNonNull(sink, "sink"));
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
        FinalAnswerPass pass = new FinalAnswerPass(roles, names, Objects.requireNonNull(sink, "sink"));
        Verification result = journal.readVerified(pass);
        if (result.isIntact()) {
            pass.finish();
        }
        return result;
    }

    /** A count of the blocks known, never answers. */
    @Override
    public String toString() {
        return "RecordedAnswers[" + roles.size() + " blocks]";
    }
}
