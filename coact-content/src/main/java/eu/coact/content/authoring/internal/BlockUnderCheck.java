package eu.coact.content.authoring.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.core.problem.Problems;
import java.util.HashMap;
import java.util.Map;

/**
 * One block while its rules run: the block, where it was written, where its problems go, and
 * which message answers each variable (the first that stores it). Every problem names the block.
 *
 * @param block      the block checked
 * @param origin     where it was written, to locate its problems
 * @param problems   where the problems go
 * @param answeredBy the message answering each variable of the block
 */
record BlockUnderCheck(ContentBlock block, Origin origin, Problems.Builder problems, Map<String, Message> answeredBy) {

    /** The block about to be checked, its variables looked up once. */
    static BlockUnderCheck of(ContentBlock block, Origin origin, Problems.Builder problems) {
        Map<String, Message> answeredBy = new HashMap<>();
        for (Message message : block.messages().values()) {
            message.answerVariable().ifPresent(v -> answeredBy.putIfAbsent(v, message));
        }
        return new BlockUnderCheck(block, origin, problems, Map.copyOf(answeredBy));
    }

    /** Reports an error at {@code at}, a path inside the block. */
    void error(String code, String message, String at) {
        problems.error(code, message + " (block " + block.id() + ")", origin.locate(at));
    }

    /** Reports a warning at {@code at}, a path inside the block. */
    void warning(String code, String message, String at) {
        problems.warning(code, message + " (block " + block.id() + ")", origin.locate(at));
    }
}
