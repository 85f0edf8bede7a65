package eu.coact.export.internal;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One read of the journal, entry by entry, for the final answers of {@link RecordedAnswers}: the open
 * block of each participant, closed as the journal says, its final answers handed to the sink.
 * Used for one read only; not thread-safe.
 */
final class FinalAnswerPass implements Consumer<JournalEntry> {
    private final Map<BlockId, FewKeys<AnswerRole>> roles;
    private final AnswerNames names;
    private final Consumer<? super QuestionAnswer> sink;
    private final Map<Pseudonym, OpenBlock> open = new LinkedHashMap<>();
    /** The participant of the entry before and their open block (or null): entries come in runs per participant. */
    private Pseudonym recent;

    private OpenBlock recentBlock;

    FinalAnswerPass(Map<BlockId, FewKeys<AnswerRole>> roles, AnswerNames names, Consumer<? super QuestionAnswer> sink) {
        this.roles = roles;
        this.names = names;
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
            RecordedAnswer answer = AnswerPayload.read(entry, names);
            OpenBlock current = openBlockOf(participant);
            if (current != null && !current.block().equals(answer.block())) {
                current.close(sink, OpenBlock.Ending.KEPT);
                current = null;
            }
            if (current == null) {
                current = new OpenBlock(
                        participant, answer.block(), roles.getOrDefault(answer.block(), AnswerRole.NO_ROLES));
                open.put(participant, current);
                recentBlock = current;
            }
            current.add(answer);
        } else if (type.equals(ConversationEvents.BLOCK_COMPLETED) || type.equals(ConversationEvents.BLOCK_STARTED)) {
            close(participant, OpenBlock.Ending.KEPT);
        } else if (type.equals(ConversationEvents.BLOCK_SKIPPED) || type.equals(ConversationEvents.BLOCK_ABANDONED)) {
            close(participant, OpenBlock.Ending.DROPPED);
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

    private void close(Pseudonym participant, OpenBlock.Ending ending) {
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
            current.close(sink, OpenBlock.Ending.KEPT);
        }
        open.clear();
        recent = null;
        recentBlock = null;
    }
}
