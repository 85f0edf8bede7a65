package eu.coact.content.legacy.internal;

import eu.coact.content.Action;
import eu.coact.content.Message;
import eu.coact.content.Option;
import eu.coact.core.read.NodeReader;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Defects of legacy content that the original program hid, reported as warnings with their place. */
final class LegacyDefects {

    /** Profile fields the original program itself read, so storing them is never a dead answer. */
    private static final Set<String> PROGRAM_FIELDS = Set.of("language", "legal", "freq");

    private LegacyDefects() {}

    /**
     * Warns about profile questions without "I'd rather not answer" ({@code nvr}) in a block
     * where other profile questions have it: participants could not decline that one.
     */
    static void ratherNotAnswer(Collection<Message> messages, NodeReader in) {
        List<Message> profile = messages.stream()
                .filter(m -> m.options().size() > 1)
                .filter(m -> m.actions().stream().anyMatch(a -> a instanceof Action.SetProfileField))
                .toList();
        boolean anyOffers = profile.stream().anyMatch(m -> m.options().stream().anyMatch(Option::missing));
        if (!anyOffers) {
            return;
        }
        profile.stream()
                .filter(m -> m.options().stream().noneMatch(Option::missing))
                .forEach(m -> in.warning(
                        "missing-rather-not-answer",
                        "The question '" + m.id() + "' has no \"I'd "
                                + "rather not answer\" button (nvr), while other questions of this block have one.",
                        NodeReader.child("/messages", m.id().value()) + "/vars/0/values"));
    }

    /** Warns about answers a settings dialogue stores that nothing ever reads. */
    static void unreadAnswers(BlockFacts facts, NodeReader in) {
        facts.saves().forEach((field, where) -> {
            if (!PROGRAM_FIELDS.contains(field) && !facts.reads(field)) {
                in.warning(
                        "unread-answer",
                        "The answer saved as '" + field + "' is never read: no template, "
                                + "branch or action of the original program uses it, so choosing it changed nothing.",
                        where);
            }
        });
    }
}
