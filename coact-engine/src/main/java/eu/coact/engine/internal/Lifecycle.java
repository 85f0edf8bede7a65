package eu.coact.engine.internal;

import eu.coact.content.Action;
import eu.coact.content.Frequency;
import eu.coact.content.Message;
import eu.coact.content.record.ConversationEvents;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.schedule.ScheduledDeliveries;
import java.time.Instant;
import java.util.Optional;

/**
 * What changes where a participant stands: the typed actions of content (consent, profile,
 * frequency, time zone, pause, resume, withdraw), pausing and resuming, a blocked bot, and
 * delivery settings. Every change is an event written through {@link Conversations#emit}.
 */
final class Lifecycle {

    private final Conversations c;
    private final ScheduledDeliveries deliveries;
    private final ConsentRecords records;

    Lifecycle(Conversations conversations, ScheduledDeliveries deliveries, ConsentRecords records) {
        this.c = conversations;
        this.deliveries = deliveries;
        this.records = records;
    }

    void runActions(Participant p, Message message, Instant at) {
        for (Action action : message.actions()) {
            if (action instanceof Action.RecordConsent consent) {
                if (!recordConsent(p, consent, at)) {
                    // The block asking for consent starts again: this message's other actions are void.
                    return;
                }
            } else if (action instanceof Action.SetProfileField field) {
                String value = Rendering.answer(field.variable(), p);
                if (value != null) {
                    c.out.emit(p, ConversationEvents.PROFILE_SET, at, "field", field.field(), "value", value);
                }
            } else if (action instanceof Action.ChangeFrequency change) {
                String value = Rendering.answer(change.variable(), p);
                if (value != null) {
                    setFrequency(p, value, at);
                }
            } else if (action instanceof Action.SetTimeZone zone) {
                String value = Rendering.answer(zone.variable(), p);
                if (value != null) {
                    Answers.zone(value, at).ifPresent(z -> changeSetting(p, "zone", z.getId(), at));
                }
            } else if (action instanceof Action.SetLanguage language) {
                String value = Rendering.answer(language.variable(), p);
                c.languages().stream()
                        .filter(l -> l.tag().equalsIgnoreCase(value == null ? "" : value.strip()))
                        .findFirst()
                        .ifPresent(l -> changeSetting(p, "language", l.tag(), at));
            } else if (action instanceof Action.SetTimeOfDay time) {
                String value = Rendering.answer(time.variable(), p);
                if (value != null) {
                    c.prompts
                            .window(p, value)
                            .ifPresent(w -> changeSetting(p, "window", ParticipantEvents.written(w), at));
                }
            } else if (action instanceof Action.Pause) {
                pause(p, at, "action");
            } else if (action instanceof Action.Resume) {
                resume(p, at);
            } else if (action instanceof Action.Withdraw) {
                c.prompts.confirmWithdrawal(p, at);
                return;
            }
        }
    }

    /**
     * Records a consent decision; false when the decision was about a document that has not
     * reached the participant in full, whose block then starts again, document first.
     */
    private boolean recordConsent(Participant p, Action.RecordConsent consent, Instant at) {
        if (p.consented && !consent.grants().isEmpty()) {
            // A later decision about optional purposes: consent itself stands.
            records.purposes(p, consent, at);
            return true;
        }
        if (consent.decision() == Action.ConsentDecision.GIVEN) {
            if (p.consented) {
                return true;
            }
            if (!records.shown(p, consent)) {
                // The process stopped while the document was on its way, or a delivery of it was
                // lost: consent to what they have not seen is not consent. They get it again.
                c.out.emit(p, ConversationEvents.CONSENT_NOT_RECORDED, at, "reason", "document not delivered");
                if (p.block != null) {
                    c.blocks.startBlock(p, p.block, p.blockKind, at);
                }
                return false;
            }
            Optional<String> refusal = records.given(p, consent, at);
            if (refusal.isPresent()) {
                c.out.emit(p, ConversationEvents.CONSENT_NOT_RECORDED, at, "reason", refusal.get());
                return true;
            }
            c.out.emit(p, ConversationEvents.CONSENT_GIVEN, at);
            return true;
        }
        boolean consented = p.consented;
        records.refused(p, consent, at);
        c.out.emit(p, ConversationEvents.CONSENT_REFUSED, at);
        if (consented) {
            deliveries.cancel(p.id, at);
        }
        return true;
    }

    /**
     * Brings a participant replayed from the journal in line with the consent record, which is
     * written first: after a stop between the two, the record is ahead.
     */
    void reconcile(Participant p, Instant at) {
        Optional<Standing> recorded = records.standing(p);
        if (recorded.isEmpty() || recorded.get() == p.standing) {
            return;
        }
        switch (recorded.get()) {
            case WITHDRAWN -> {
                if (p.standing != Standing.WITHDRAWN) {
                    if (p.prompt != null) {
                        c.out.emit(p, ConversationEvents.PROMPT_CLOSED, at, "prompt", p.prompt.code());
                    }
                    stopAll(p, at);
                    boolean erased = records.erased(p);
                    c.out.emit(p, ConversationEvents.WITHDREW, at, "erase", erased ? "yes" : "no");
                    if (erased) {
                        c.out.requestErasure(p);
                    }
                }
            }
            case PAUSED -> {
                if (p.standing == Standing.ACTIVE) {
                    pause(p, at, "ledger");
                }
            }
            case ACTIVE -> {
                if (p.standing == Standing.INVITED && !p.consented) {
                    c.out.emit(p, ConversationEvents.CONSENT_GIVEN, at);
                } else if (p.standing == Standing.PAUSED) {
                    c.out.emit(p, ConversationEvents.RESUMED, at);
                }
            }
            default -> {
                // Someone the record does not count as consented, whom the engine does: cannot happen
                // (the record is written first); the gate keeps study content from them regardless.
            }
        }
    }

    void pause(Participant p, Instant at, String reason) {
        if (p.standing != Standing.ACTIVE) {
            return;
        }
        if (p.block != null && p.blockKind == ContentKind.STUDY) {
            c.out.emit(
                    p,
                    ConversationEvents.BLOCK_ABANDONED,
                    at,
                    "block",
                    p.block.id().value());
        }
        if (p.prompt == Prompt.WARNING) {
            c.out.emit(p, ConversationEvents.PROMPT_CLOSED, at, "prompt", p.prompt.code());
        }
        if (!reason.equals("ledger")) {
            records.paused(p, !reason.equals("blocked") && !reason.equals("unreachable"), at);
        }
        c.out.emit(p, ConversationEvents.PAUSED, at, "reason", reason);
        deliveries.cancel(p.id, at);
        p.wakeToken++;
    }

    /**
     * The participant blocked the bot: they see nothing more, so no question of ours stays open
     * and no block stays in progress; an active participant is paused until they come back.
     * Someone leaving keeps the erase question, the only thing still waiting for them.
     */
    void blocked(Participant p, Instant at) {
        if (p.standing == Standing.WITHDRAWING) {
            // The erase question stays open: they can still answer it if they come back.
            return;
        }
        if (p.prompt != null) {
            c.out.emit(p, ConversationEvents.PROMPT_CLOSED, at, "prompt", p.prompt.code());
        }
        if (p.block != null) {
            c.out.emit(
                    p,
                    ConversationEvents.BLOCK_ABANDONED,
                    at,
                    "block",
                    p.block.id().value());
        }
        pause(p, at, "blocked");
        p.wakeToken++;
    }

    void resume(Participant p, Instant at) {
        if (p.standing != Standing.PAUSED) {
            return;
        }
        records.resumed(p, at);
        c.out.emit(p, ConversationEvents.RESUMED, at);
        c.blocks.afterBlock(p, at);
    }

    /** Records that a participant confirmed leaving: no more contact while they choose about erasure. */
    void leaving(Participant p, Instant at) {
        records.leaving(p, at);
    }

    /** Records a withdrawal with the erase choice. */
    void withdrew(Participant p, boolean erase, Instant at) {
        records.withdrew(p, erase, at);
    }

    /** Stops everything for a participant who confirmed leaving. */
    void stopAll(Participant p, Instant at) {
        if (p.block != null) {
            c.out.emit(
                    p,
                    ConversationEvents.BLOCK_ABANDONED,
                    at,
                    "block",
                    p.block.id().value());
        }
        deliveries.cancel(p.id, at);
        p.wakeToken++;
    }

    boolean setFrequency(Participant p, String written, Instant at) {
        Optional<Frequency> frequency = Frequency.parse(written.strip());
        if (frequency.isEmpty()
                || !(c.study().plan().allowedFrequencies().isEmpty()
                        || c.study().plan().allowedFrequencies().contains(frequency.get()))) {
            return false;
        }
        changeSetting(p, "frequency", frequency.get().toString(), at);
        return true;
    }

    void changeSetting(Participant p, String setting, String value, Instant at) {
        c.out.emit(p, ConversationEvents.SETTING_CHANGED, at, "setting", setting, "value", value);
        if (setting.equals("language")) {
            c.blocks.languageChanged(p);
        }
        if (!setting.equals("language") && deliveries.cancel(p.id, at)) {
            c.timers.scheduleNext(p, at);
        }
    }
}
