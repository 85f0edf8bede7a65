package eu.coact.content.authoring.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.core.MessageId;
import eu.coact.core.read.SourceDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules about the paths through a block: every message is reached from the entry, and from
 * every message reached a path leads to the end, so no participant is stuck.
 * Each message is visited a fixed number of times, so the cost is linear in the size of the block.
 */
final class PathRules {

    private PathRules() {}

    /** Checks the paths of the block. */
    static void check(BlockUnderCheck checked) {
        ContentBlock block = checked.block();
        Map<MessageId, Message> messages = block.messages();
        Set<MessageId> reachable = new HashSet<>();
        if (messages.containsKey(block.entry())) {
            Deque<MessageId> todo = new ArrayDeque<>();
            todo.add(block.entry());
            reachable.add(block.entry());
            while (!todo.isEmpty()) {
                messages.get(todo.poll())
                        .next()
                        .targets()
                        .filter(messages::containsKey)
                        .filter(reachable::add)
                        .forEach(todo::add);
            }
        }
        Map<MessageId, Set<MessageId>> incoming = new HashMap<>();
        Deque<MessageId> todo = new ArrayDeque<>();
        Set<MessageId> canEnd = new HashSet<>();
        for (Message message : messages.values()) {
            if (message.next() instanceof Next.End) {
                canEnd.add(message.id());
                todo.add(message.id());
            }
            message.next()
                    .targets()
                    .forEach(t ->
                            incoming.computeIfAbsent(t, k -> new HashSet<>()).add(message.id()));
        }
        while (!todo.isEmpty()) {
            for (MessageId from : incoming.getOrDefault(todo.poll(), Set.of())) {
                if (canEnd.add(from)) {
                    todo.add(from);
                }
            }
        }
        if (messages.containsKey(block.entry()) && !canEnd.contains(block.entry())) {
            checked.error(
                    "block-never-ends",
                    "No path from the entry message '" + block.entry()
                            + "' reaches a message without 'next': a participant could never finish this block.",
                    "/entry");
        }
        for (Message message : messages.values()) {
            String at = "/messages/" + SourceDocument.escape(message.id().value());
            if (!reachable.contains(message.id()) && messages.containsKey(block.entry())) {
                checked.warning(
                        "unreachable-message",
                        "No path from the entry message '" + block.entry() + "' reaches the message '" + message.id()
                                + "'.",
                        at);
            } else if (reachable.contains(message.id())
                    && !canEnd.contains(message.id())
                    && canEnd.contains(block.entry())) {
                checked.error(
                        "no-way-out",
                        "From the message '" + message.id()
                                + "' no path reaches the end of the block: a participant would be stuck in a loop.",
                        at);
            }
        }
    }
}
