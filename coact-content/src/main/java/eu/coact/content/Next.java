package eu.coact.content;

import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a conversation goes after a message: the block ends, a fixed message follows, or the
 * answer (just given, or given earlier in the block) chooses, with an optional default branch.
 */
public sealed interface Next permits Next.End, Next.GoTo, Next.OnAnswer, Next.OnEarlierAnswer {

    /** The block ends after this message. */
    static Next end() {
        return End.INSTANCE;
    }

    /** The given message follows. */
    static Next goTo(MessageId target) {
        return new GoTo(target);
    }

    /** The answer to this message chooses the next message; {@code otherwise} covers other values. */
    static Next onAnswer(Map<String, MessageId> cases, Optional<MessageId> otherwise) {
        return new OnAnswer(cases, otherwise);
    }

    /** An answer given earlier in the block, to {@code variable}, chooses the next message. */
    static Next onEarlierAnswer(String variable, Map<String, MessageId> cases, Optional<MessageId> otherwise) {
        return new OnEarlierAnswer(variable, cases, otherwise);
    }

    /** Every message this can lead to, default branch included. */
    Stream<MessageId> targets();

    /** The block ends here. */
    enum End implements Next {
        /** The only instance. */
        INSTANCE;

        @Override
        public Stream<MessageId> targets() {
            return Stream.empty();
        }
    }

    /**
     * Always continues with one message.
     *
     * @param target the next message
     */
    record GoTo(MessageId target) implements Next {
        /** Checks presence. */
        public GoTo {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Stream<MessageId> targets() {
            return Stream.of(target);
        }
    }

    /**
     * Branches on the answer to this message.
     *
     * @param cases     answer value to next message
     * @param otherwise the default branch for values not listed
     */
    record OnAnswer(Map<String, MessageId> cases, Optional<MessageId> otherwise) implements Next {
        /** Copies the cases, keeping their order. */
        public OnAnswer {
            cases = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cases, "cases")));
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public Stream<MessageId> targets() {
            return Stream.concat(cases.values().stream(), otherwise.stream());
        }
    }

    /**
     * Branches on an answer given earlier in the block.
     *
     * @param variable  the variable of the earlier answer
     * @param cases     answer value to next message
     * @param otherwise the default branch for values not listed
     */
    record OnEarlierAnswer(String variable, Map<String, MessageId> cases, Optional<MessageId> otherwise)
            implements Next {
        /** Copies the cases, keeping their order. */
        public OnEarlierAnswer {
            Objects.requireNonNull(variable, "variable");
            cases = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cases, "cases")));
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public Stream<MessageId> targets() {
            return Stream.concat(cases.values().stream(), otherwise.stream());
        }
    }
}
