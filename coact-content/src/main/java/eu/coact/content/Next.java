package eu.coact.content;

import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a conversation goes after a message: the block ends, a fixed message follows, the
 * answer (just given, or given earlier in the block) chooses, with an optional default branch,
 * or a typed answer goes one way when it has the declared format, another when it is the skip
 * word, and a third when it is neither.
 */
public sealed interface Next permits Next.End, Next.GoTo, Next.OnAnswer, Next.OnEarlierAnswer, Next.OnTyped {

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

    /**
     * A typed answer chooses by its shape: {@code valid} when it has the declared format,
     * {@code skipped} when it is the skip word, {@code invalid} (typically a message that asks
     * again) when it is neither.
     */
    static Next onTyped(MessageId valid, Optional<MessageId> skipped, Optional<MessageId> invalid) {
        return new OnTyped(valid, skipped, invalid);
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

    /**
     * Branches a free-text answer on its shape. Without {@code skipped}, the skip word goes to
     * {@code valid}; without {@code invalid}, an answer of the wrong shape is refused with the
     * engine's own "not understood" and the question stays open.
     *
     * @param valid   the next message for an answer in the declared format
     * @param skipped the next message when the skip word was typed
     * @param invalid the next message for any other answer, which is not stored
     */
    record OnTyped(MessageId valid, Optional<MessageId> skipped, Optional<MessageId> invalid) implements Next {
        /** Checks presence. */
        public OnTyped {
            Objects.requireNonNull(valid, "valid");
            Objects.requireNonNull(skipped, "skipped");
            Objects.requireNonNull(invalid, "invalid");
        }

        @Override
        public Stream<MessageId> targets() {
            return Stream.of(Stream.of(valid), skipped.stream(), invalid.stream())
                    .flatMap(s -> s);
        }
    }
}
