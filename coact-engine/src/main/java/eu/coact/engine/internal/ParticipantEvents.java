package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.schedule.DailyWindow;
import eu.coact.engine.schedule.ScheduledDeliveries;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies one journal event to a participant's state. The engine applies each event it writes
 * and replays the journal through the same code at start-up, so a restarted engine holds exactly
 * the state it had.
 */
public final class ParticipantEvents {

    private final Map<String, ContentBlock> blocks = new HashMap<>();
    private final Map<String, Map<String, Message>> messages = new HashMap<>();
    private final Map<String, Integer> sequenceIndex = new HashMap<>();

    /**
     * Prepares for a study.
     *
     * @param study the study
     */
    public ParticipantEvents(Study study) {
        // Events name blocks and messages by their text; looking them up by text avoids
        // re-validating identifiers for every event.
        for (ContentBlock block : study.blocks().values()) {
            blocks.put(block.id().value(), block);
            Map<String, Message> byName = new HashMap<>();
            block.messages().forEach((id, message) -> byName.put(id.value(), message));
            messages.put(block.id().value(), byName);
        }
        List<BlockId> sequence = study.plan().sequence();
        for (int i = 0; i < sequence.size(); i++) {
            sequenceIndex.putIfAbsent(sequence.get(i).value(), i);
        }
    }

    /** The position of a block in the sequence, or -1 for a system block. */
    int indexOf(String block) {
        Integer index = sequenceIndex.get(block);
        return index == null ? -1 : index;
    }

    /**
     * Applies an event.
     *
     * @param p      the participant
     * @param type   the event type
     * @param fields the payload fields (empty for a redacted entry)
     * @param at     when it happened
     */
    void apply(Participant p, String type, Fields fields, Instant at) {
        switch (type) {
            case ConversationEvents.JOINED -> {
                String language = fields.get("language");
                if (language != null) {
                    p.language = Language.of(language);
                }
            }
            case ConversationEvents.CONSENT_GIVEN -> {
                p.consented = true;
                if (p.standing == Standing.INVITED) {
                    p.standing = Standing.ACTIVE;
                }
            }
            case ConversationEvents.CONSENT_REFUSED -> {
                p.consented = false;
                if (p.standing == Standing.ACTIVE) {
                    p.standing = Standing.INVITED;
                }
            }
            case ConversationEvents.PAUSED -> {
                if (p.standing == Standing.ACTIVE) {
                    p.standing = Standing.PAUSED;
                }
                confirmOnly(p);
            }
            case ConversationEvents.RESUMED -> {
                if (p.standing == Standing.PAUSED) {
                    p.standing = p.consented ? Standing.ACTIVE : Standing.INVITED;
                }
            }
            case ConversationEvents.WITHDRAWAL_CONFIRMED -> {
                p.standing = Standing.WITHDRAWING;
                confirmOnly(p);
            }
            case ConversationEvents.WITHDREW, ConversationEvents.ERASED -> {
                p.standing = Standing.WITHDRAWN;
                p.endBlock();
                p.prompt = null;
                p.profile = null;
                p.eraseRequested = "yes".equals(fields.get("erase"));
            }
            case ConversationEvents.BLOCK_STARTED -> {
                ContentBlock block = blocks.get(fields.get("block"));
                if (block == null) {
                    throw new IllegalStateException("the journal names a block the study does not have");
                }
                p.startBlock(block, ContentKind.valueOf(fields.get("kind")));
                if (fields.get("due") != null) {
                    // The block runs a scheduled delivery: its start is the handover.
                    p.addDelivery(at);
                }
                String first = fields.get("message");
                if (first != null) {
                    sent(p, first, at);
                }
            }
            case ConversationEvents.MESSAGE_SENT -> sent(p, fields.get("message"), at);
            case ConversationEvents.ANSWERED -> {
                if (p.block != null && p.answers != null) {
                    p.answers.put(fields.get("variable"), fields.get("value"));
                    p.awaiting = false;
                    p.answered = true;
                    p.currentAt = at;
                }
            }
            case ConversationEvents.BLOCK_COMPLETED, ConversationEvents.BLOCK_SKIPPED -> {
                int index = indexOf(fields.get("block"));
                if (index >= 0) {
                    p.markCompleted(index);
                    p.lastCompletion = at;
                }
                p.endBlock();
            }
            case ConversationEvents.BLOCK_ABANDONED -> p.endBlock();
            case ConversationEvents.PROMPTED -> {
                p.prompt = Prompt.fromCode(fields.get("prompt")).orElse(null);
                p.turn++;
            }
            case ConversationEvents.PROMPT_CLOSED -> p.prompt = null;
            case ConversationEvents.PROFILE_SET -> {
                if (p.profile == null) {
                    p.profile = new HashMap<>(4);
                }
                p.profile.put(fields.get("field"), fields.get("value"));
            }
            case ConversationEvents.SETTING_CHANGED -> applySetting(p, fields.get("setting"), fields.get("value"));
            case ScheduledDeliveries.HANDED_OVER -> p.addDelivery(at);
            case ConversationEvents.DELIVERY_FAILED -> {
                Envelope held = HeldMessages.read(p.id, fields);
                p.failedTries = Integer.parseInt(fields.get("tries"));
                p.retryAt = Long.parseLong(fields.get("retry"));
                p.outbox = new ArrayDeque<>();
                if (held != null) {
                    p.outbox.add(held);
                }
            }
            case ConversationEvents.DELIVERY_HELD -> {
                Envelope held = HeldMessages.read(p.id, fields);
                if (p.outbox != null && held != null) {
                    p.outbox.add(held);
                }
            }
            case ConversationEvents.DELIVERY_RECOVERED, ConversationEvents.UNREACHABLE -> {
                p.outbox = null;
                p.failedTries = 0;
                p.retryAt = 0;
            }
            default -> {
                // Events of other kinds (deliveries scheduled or cancelled, unreachable) change no state here.
            }
        }
    }

    private void sent(Participant p, String name, Instant at) {
        if (p.block == null) {
            return;
        }
        Message message = messages.get(p.block.id().value()).get(name);
        if (message == null) {
            throw new IllegalStateException("the journal names a message the block does not have");
        }
        p.current = message;
        p.awaiting = takesAnswer(message);
        if (p.awaiting) {
            // A new question: buttons of earlier ones no longer answer anything.
            p.turn++;
        }
        p.answered = false;
        p.currentAt = at;
        if (p.block.sensitivity().helpNote().filter(message.id()::equals).isPresent()) {
            p.helpNoteSent = true;
        }
    }

    /** A system dialogue still running once someone paused or leaves may only confirm. */
    private static void confirmOnly(Participant p) {
        if (p.blockKind == ContentKind.SYSTEM) {
            p.blockKind = ContentKind.CONFIRMATION;
        }
    }

    private static void applySetting(Participant p, String setting, String value) {
        switch (setting) {
            case "language" -> p.language = Language.of(value);
            case "frequency" -> Frequency.parse(value).ifPresent(f -> p.preferences = p.preferences.withFrequency(f));
            case "window" -> p.preferences = p.preferences.withWindow(window(value));
            case "zone" -> p.preferences = p.preferences.withZone(ZoneId.of(value));
            default -> {
                // An unknown setting from a newer version is ignored.
            }
        }
    }

    /** A window written {@code 08:00-12:00}. */
    static DailyWindow window(String written) {
        int dash = written.indexOf('-');
        return DailyWindow.between(
                LocalTime.parse(written.substring(0, dash)), LocalTime.parse(written.substring(dash + 1)));
    }

    /** A window as written in the journal. */
    static String written(DailyWindow window) {
        return window.start() + "-" + window.end();
    }

    static boolean takesAnswer(Message message) {
        return !(message instanceof Information) && !(message instanceof Media);
    }

    static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
