package eu.coact.content.engine.internal;

import eu.coact.content.Action;
import eu.coact.content.Frequency;
import eu.coact.content.Message;
import eu.coact.content.channel.ContentKind;
import eu.coact.content.engine.Standing;
import eu.coact.content.schedule.ScheduledDeliveries;
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

    Lifecycle(Conversations conversations, ScheduledDeliveries deliveries) {
        this.c = conversations;
        this.deliveries = deliveries;
    }

    void runActions(Participant p, Message message, Instant at) {
        for (Action action : message.actions()) {
            if (action instanceof Action.RecordConsent consent) {
                if (consent.decision() == Action.ConsentDecision.GIVEN && !p.consented) {
                    c.emit(p, EventTypes.CONSENT_GIVEN, at);
                } else if (consent.decision() == Action.ConsentDecision.REFUSED && p.consented) {
                    c.emit(p, EventTypes.CONSENT_REFUSED, at);
                    deliveries.cancel(p.id, at);
                } else if (consent.decision() == Action.ConsentDecision.REFUSED && !p.consented) {
                    c.emit(p, EventTypes.CONSENT_REFUSED, at);
                }
            } else if (action instanceof Action.SetProfileField field) {
                String value = Rendering.answer(field.variable(), p);
                if (value != null) {
                    c.emit(p, EventTypes.PROFILE_SET, at, "field", field.field(), "value", value);
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
            } else if (action instanceof Action.Pause) {
                pause(p, at, "action");
            } else if (action instanceof Action.Resume) {
                resume(p, at);
            } else if (action instanceof Action.Withdraw) {
                c.prompts().confirmWithdrawal(p, at);
                return;
            }
        }
    }

    void pause(Participant p, Instant at, String reason) {
        if (p.standing != Standing.ACTIVE) {
            return;
        }
        if (p.block != null && p.blockKind == ContentKind.STUDY) {
            c.emit(p, EventTypes.BLOCK_ABANDONED, at, "block", p.block.id().value());
        }
        if (p.prompt == Prompt.WARNING) {
            c.emit(p, EventTypes.PROMPT_CLOSED, at, "prompt", p.prompt.code());
        }
        c.emit(p, EventTypes.PAUSED, at, "reason", reason);
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
            c.emit(p, EventTypes.PROMPT_CLOSED, at, "prompt", p.prompt.code());
        }
        if (p.block != null) {
            c.emit(p, EventTypes.BLOCK_ABANDONED, at, "block", p.block.id().value());
        }
        pause(p, at, "blocked");
        p.wakeToken++;
    }

    void resume(Participant p, Instant at) {
        if (p.standing != Standing.PAUSED) {
            return;
        }
        c.emit(p, EventTypes.RESUMED, at);
        c.afterBlock(p, at);
    }

    /** Stops everything for a participant who confirmed leaving. */
    void stopAll(Participant p, Instant at) {
        if (p.block != null) {
            c.emit(p, EventTypes.BLOCK_ABANDONED, at, "block", p.block.id().value());
        }
        deliveries.cancel(p.id, at);
        p.wakeToken++;
    }

    boolean setFrequency(Participant p, String written, Instant at) {
        Optional<Frequency> frequency = Frequency.parse(written.strip());
        if (frequency.isEmpty() || !(c.study().plan().allowedFrequencies().isEmpty()
                || c.study().plan().allowedFrequencies().contains(frequency.get()))) {
            return false;
        }
        changeSetting(p, "frequency", frequency.get().toString(), at);
        return true;
    }

    void changeSetting(Participant p, String setting, String value, Instant at) {
        c.emit(p, EventTypes.SETTING_CHANGED, at, "setting", setting, "value", value);
        if (!setting.equals("language") && deliveries.cancel(p.id, at)) {
            c.scheduleNext(p, at);
        }
    }
}
