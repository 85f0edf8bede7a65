package eu.coact.engine.internal;

import eu.coact.content.Action;
import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Study;
import eu.coact.content.SystemRole;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.MessageId;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.Standing;
import eu.coact.engine.SystemText;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Outgoing;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a participant through a block: starts it (after a content warning when it is
 * sensitive), sends its messages in turn, takes answers, follows branches, runs actions, adds the
 * help note a block needs, and ends or skips it.
 */
final class Blocks {

    private static final String[] NO_FIELDS = new String[0];

    private final Conversations c;
    private final Study study;
    private final EngineSettings settings;
    private final Rendering rendering;
    /** The consent each block asks for, found once: blocks start hundreds of thousands of times. */
    private final Map<BlockId, Action.RecordConsent> consentAsked = new HashMap<>();
    /** The blocks whose next block follows at once (onboarding), found once. */
    private final Set<BlockId> nextAtOnce = new HashSet<>();

    Blocks(Conversations conversations, Study study, EngineSettings settings, Rendering rendering) {
        this.c = conversations;
        this.study = study;
        this.settings = settings;
        this.rendering = rendering;
        study.blocks()
                .values()
                .forEach(block -> consentAskedIn(block).ifPresent(consent -> consentAsked.put(block.id(), consent)));
        study.blocks().values().stream()
                .filter(block -> block.messages().values().stream()
                        .anyMatch(m -> m.actions().stream().anyMatch(a -> a instanceof Action.NextBlockAtOnce)))
                .forEach(block -> nextAtOnce.add(block.id()));
    }

    void answer(Participant p, String text, Instant at) {
        Message message = p.current;
        String value = Answers.match(message, text, p.language, rendering);
        if (value == null
                && message instanceof FreeText
                && message.next() instanceof Next.OnTyped typed
                && typed.invalid().isPresent()
                && p.block.message(typed.invalid().get()).isPresent()) {
            // The content's own answer to a reply of the wrong shape (usually: ask again); nothing is stored.
            send(p, p.block.message(typed.invalid().get()).get(), at);
            return;
        }
        if (value == null) {
            c.out.say(
                    p,
                    message instanceof FreeText ? SystemText.NOT_UNDERSTOOD : SystemText.CHOOSE_A_BUTTON,
                    p.blockKind,
                    at);
            return;
        }
        accept(p, value, at);
    }

    /** The value a typed reply chooses among the open question's buttons, or null (also for a free-text question). */
    String buttonValue(Participant p, String text) {
        Message message = p.current;
        if (message instanceof FreeText || message.options().isEmpty()) {
            return null;
        }
        return Answers.match(message, text, p.language, rendering);
    }

    /** Records the answer to the open question, runs its actions and paces what follows. */
    void accept(Participant p, String value, Instant at) {
        Message message = p.current;
        c.out.answered();
        c.out.emit(
                p,
                ConversationEvents.ANSWERED,
                at,
                "block",
                p.block.id().value(),
                "message",
                message.id().value(),
                "variable",
                message.answerVariable().orElseThrow(),
                "value",
                value);
        c.lifecycle.runActions(p, message, at);
        if (p.block != null && p.current == message && p.prompt == null) {
            c.timers.wake(p, at.plus(pause(p, message, true)));
        }
    }

    void startWelcome(Participant p, Instant at) {
        study.plan().system().entrySet().stream()
                .filter(e -> e.getKey() == SystemRole.WELCOME)
                .findFirst()
                .flatMap(e -> study.block(e.getValue()))
                .ifPresent(block -> startBlock(p, block, ContentKind.SYSTEM, at));
    }

    /**
     * Starts a system block of a role as a confirmation; false when the study has none. A question
     * of the engine's own still open is closed when the block asks questions of its own, so that
     * replies go to the dialogue the participant just asked for.
     */
    boolean startConfirmation(Participant p, SystemRole role, Instant at) {
        BlockId id = study.plan().system().get(role);
        Optional<ContentBlock> block = id == null ? Optional.empty() : study.block(id);
        if (block.isEmpty()) {
            return false;
        }
        if (p.prompt != null
                && p.prompt != Prompt.ERASE
                && block.get().messages().values().stream().anyMatch(ParticipantEvents::takesAnswer)) {
            c.out.emit(p, ConversationEvents.PROMPT_CLOSED, at, "prompt", p.prompt.code());
        }
        startBlock(p, block.get(), ContentKind.CONFIRMATION, at);
        return true;
    }

    void startBlock(Participant p, ContentBlock block, ContentKind kind, Instant at) {
        startBlock(p, block, kind, at, null);
    }

    /**
     * Starts a block; {@code due} is the time of the scheduled delivery it runs, whose handover
     * the start records (one fact, one event), or null for a block run on request.
     */
    void startBlock(Participant p, ContentBlock block, ContentKind kind, Instant at, Instant due) {
        if (p.block != null) {
            c.out.emit(
                    p,
                    ConversationEvents.BLOCK_ABANDONED,
                    at,
                    "block",
                    p.block.id().value());
        }
        String[] delivery = due == null ? NO_FIELDS : new String[] {"due", due.toString()};
        Action.RecordConsent asked = consentAsked.get(block.id());
        if (asked != null) {
            // The consent document itself goes first, before any consent question.
            showConsentDocument(p, asked);
        }
        if (kind == ContentKind.STUDY && block.sensitivity().isSensitive()) {
            c.out.emit(
                    p,
                    ConversationEvents.BLOCK_STARTED,
                    at,
                    concat(new String[] {"block", block.id().value(), "kind", kind.name()}, delivery));
            c.prompts.warn(p, block, at);
            return;
        }
        // The start of a block and the sending of its first message are one fact: one event.
        Message entry = block.messages().get(block.entry());
        c.out.emit(
                p,
                ConversationEvents.BLOCK_STARTED,
                at,
                concat(
                        new String[] {
                            "block",
                            block.id().value(),
                            "kind",
                            kind.name(),
                            "message",
                            entry.id().value()
                        },
                        delivery));
        deliverMessage(p, entry, at);
    }

    /**
     * Sends the consent document again, in the participant's new language, when they change
     * language in the middle of a block that asks for consent and have not decided yet: consent is
     * then asked for, and recorded against, the document they got in that language.
     */
    void languageChanged(Participant p) {
        Action.RecordConsent asked = p.block == null ? null : consentAsked.get(p.block.id());
        if (asked != null) {
            showConsentDocument(p, asked);
        }
    }

    /**
     * Sends the consent document again to someone replayed in the middle of a block that asks
     * for consent, when the record does not say it reached them in full and no delivery of it is
     * still held for a retry: the process stopped while it was on its way.
     */
    void consentDocumentOwed(Participant p) {
        Action.RecordConsent asked = p.block == null ? null : consentAsked.get(p.block.id());
        boolean held = p.outbox != null
                && p.outbox.stream()
                        .anyMatch(e -> ConsentDocuments.isDocument(e.origin().reference()));
        if (asked != null && !held) {
            showConsentDocument(p, asked);
        }
    }

    /**
     * Queues the consent document in the participant's language, its text and then its file; the
     * ledger records it as shown once the channel has taken exactly this text and these bytes.
     */
    private void showConsentDocument(Participant p, Action.RecordConsent asked) {
        c.records.toShow(p, asked).ifPresent(document -> {
            c.out.enqueue(
                    p,
                    new Outgoing.Text(document.text(), List.of()),
                    ContentKind.SYSTEM,
                    ConsentDocuments.reference(document));
            document.file()
                    .ifPresent(file -> c.out.enqueue(
                            p,
                            new Outgoing.Document(file.name(), "", file.sha256()),
                            ContentKind.SYSTEM,
                            ConsentDocuments.reference(document)));
        });
    }

    private static String[] concat(String[] first, String[] second) {
        if (second.length == 0) {
            return first;
        }
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    void sendEntry(Participant p, Instant at) {
        send(p, p.block.messages().get(p.block.entry()), at);
    }

    private void send(Participant p, Message message, Instant at) {
        c.out.emit(
                p,
                ConversationEvents.MESSAGE_SENT,
                at,
                "block",
                p.block.id().value(),
                "message",
                message.id().value());
        deliverMessage(p, message, at);
    }

    /** Queues a message whose sending was just recorded, and paces what follows it. */
    private void deliverMessage(Participant p, Message message, Instant at) {
        Rendering.Rendered rendered = rendering.rendered(p.block, message, p);
        c.out.enqueue(p, rendered.message(), p.blockKind, rendered.reference());
        if (!ParticipantEvents.takesAnswer(message)) {
            c.lifecycle.runActions(p, message, at);
            if (p.block != null && p.current == message && p.prompt == null) {
                c.timers.wake(p, at.plus(pause(p, message, false)));
            }
        }
    }

    /** Re-sends the question a participant was answering, after a prompt of the engine's own. */
    void resumeBlock(Participant p, Instant at) {
        if (p.block == null || p.prompt != null) {
            return;
        }
        if (p.current == null) {
            if (p.blockKind == ContentKind.STUDY && p.block.sensitivity().isSensitive()) {
                c.prompts.warn(p, p.block, at);
            } else {
                sendEntry(p, at);
            }
        } else if (p.awaiting) {
            send(p, p.current, at);
        } else {
            c.timers.wake(p, at);
        }
    }

    void continueBlock(Participant p, Instant at) {
        if (p.current == null) {
            sendEntry(p, at);
            return;
        }
        MessageId target = nextOf(p, p.current);
        if (target == null) {
            Optional<MessageId> helpNote = p.block.sensitivity().helpNote();
            if (helpNote.isPresent()
                    && !p.helpNoteSent
                    && p.block.message(helpNote.get()).isPresent()) {
                send(p, p.block.message(helpNote.get()).get(), at);
                return;
            }
            endBlock(p, at);
            return;
        }
        Optional<Message> next = p.block.message(target);
        if (next.isEmpty()) {
            endBlock(p, at);
            return;
        }
        send(p, next.get(), at);
    }

    private static MessageId nextOf(Participant p, Message message) {
        Next next = message.next();
        if (next instanceof Next.GoTo go) {
            return go.target();
        }
        if (next instanceof Next.OnAnswer on) {
            String value =
                    message.answerVariable().map(v -> Rendering.answer(v, p)).orElse(null);
            MessageId target = value == null ? null : on.cases().get(value);
            return target != null ? target : on.otherwise().orElse(null);
        }
        if (next instanceof Next.OnTyped on) {
            String value =
                    message.answerVariable().map(v -> Rendering.answer(v, p)).orElse(null);
            boolean skipped = value != null && message instanceof FreeText free && free.isSkipWord(value, p.language);
            return skipped ? on.skipped().orElse(on.valid()) : on.valid();
        }
        if (next instanceof Next.OnEarlierAnswer on) {
            String value = Rendering.answer(on.variable(), p);
            MessageId target = value == null ? null : on.cases().get(value);
            return target != null ? target : on.otherwise().orElse(null);
        }
        return null;
    }

    private void endBlock(Participant p, Instant at) {
        boolean atOnce = nextAtOnce.contains(p.block.id());
        c.out.emit(
                p, ConversationEvents.BLOCK_COMPLETED, at, "block", p.block.id().value());
        if (atOnce && p.standing == Standing.ACTIVE && p.idle()) {
            // Onboarding: the next block of the sequence follows now, not at the next delivery slot.
            c.timers.scheduleNow(p, at);
            return;
        }
        afterBlock(p, at);
    }

    void skipBlock(Participant p, Instant at) {
        c.out.emit(
                p, ConversationEvents.BLOCK_SKIPPED, at, "block", p.block.id().value());
        afterBlock(p, at);
    }

    void afterBlock(Participant p, Instant at) {
        if (p.standing == Standing.ACTIVE && p.idle()) {
            c.timers.scheduleNext(p, at);
        }
    }

    Duration pause(Participant p, Message message, boolean answered) {
        Optional<Duration> explicit = message.pacing().delay();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        int characters = p.block == null
                ? rendering.text(message.text(), p.language).length()
                : rendering.rendered(p.block, message, p).characters();
        return settings.pacing().after(characters, message instanceof eu.coact.content.Media, answered);
    }

    /** The consent a block asks for, if it records one: its document is what the block shows. */
    private static Optional<Action.RecordConsent> consentAskedIn(ContentBlock block) {
        for (Message message : block.messages().values()) {
            for (Action action : message.actions()) {
                if (action instanceof Action.RecordConsent consent
                        && consent.decision() == Action.ConsentDecision.GIVEN) {
                    return Optional.of(consent);
                }
            }
        }
        return Optional.empty();
    }
}
