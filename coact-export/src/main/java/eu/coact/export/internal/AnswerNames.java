package eu.coact.export.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import java.util.HashMap;
import java.util.Map;

/** The study's block ids and answer variables, found in a payload without decoding them. */
record AnswerNames(KnownNames<BlockId> blocks, KnownNames<String> variables) {

    /** No names known: every payload is decoded. */
    static final AnswerNames NONE = new AnswerNames(KnownNames.of(Map.of()), KnownNames.of(Map.of()));

    static AnswerNames of(Study study) {
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
        return new AnswerNames(KnownNames.of(blocks), KnownNames.of(variables));
    }
}
