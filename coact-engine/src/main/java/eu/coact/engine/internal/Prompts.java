package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.Frequency;
import eu.coact.content.SystemRole;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Language;
import eu.coact.engine.CommandWords;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.Standing;
import eu.coact.engine.SystemText;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.schedule.DailyWindow;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Commands and the engine's own questions: content warnings, leaving (with the erase choice)
 * and delivery settings. Every text comes from the configured {@link eu.coact.engine.SystemTexts}.
 */
final class Prompts {

    private static final String YES = "yes";
    private static final String NO = "no";
    private static final String READ = "read";
    private static final String SKIP = "skip";

    private final Conversations c;
    private final EngineSettings settings;
    private final List<Language> languages;

    Prompts(Conversations conversations, EngineSettings settings, List<Language> languages) {
        this.c = conversations;
        this.settings = settings;
        this.languages = languages;
    }

    void command(Participant p, CommandWords.Invocation invocation, Instant at) {
        String argument = invocation.argument();
        switch (invocation.command()) {
            case PAUSE -> {
                if (p.standing == Standing.ACTIVE) {
                    c.lifecycle.pause(p, at, "command");
                    if (!c.blocks.startConfirmation(p, SystemRole.PAUSE, at)) {
                        c.out.say(p, SystemText.PAUSED, ContentKind.CONFIRMATION, at);
                    }
                } else {
                    c.out.say(p, SystemText.PAUSED, ContentKind.CONFIRMATION, at);
                }
            }
            case RESUME -> {
                if (p.standing == Standing.PAUSED) {
                    c.lifecycle.resume(p, at);
                    if (!c.blocks.startConfirmation(p, SystemRole.RESUME, at)) {
                        c.out.say(p, SystemText.RESUMED, ContentKind.CONFIRMATION, at);
                    }
                } else {
                    c.out.say(p, SystemText.NOT_PAUSED, ContentKind.CONFIRMATION, at);
                }
            }
            case WITHDRAW -> {
                if (!c.blocks.startConfirmation(p, SystemRole.WITHDRAW, at)) {
                    open(p, Prompt.WITHDRAW, at);
                    c.out.ask(p, SystemText.WITHDRAW_QUESTION, yesNo(p), ContentKind.CONFIRMATION);
                }
            }
            case HELP -> c.out.say(p, SystemText.HELP, ContentKind.CONFIRMATION, at);
            case LANGUAGE -> setOrAsk(p, Prompt.LANGUAGE, argument, at);
            case FREQUENCY -> setOrAsk(p, Prompt.FREQUENCY, argument, at);
            case TIME_WINDOW -> setOrAsk(p, Prompt.WINDOW, argument, at);
            case TIME_ZONE -> setOrAsk(p, Prompt.ZONE, argument, at);
        }
    }

    /**
     * A setting given with its command is applied at once; without one, the study's own dialogue
     * for it runs, or the built-in question when the study declares none.
     */
    private void setOrAsk(Participant p, Prompt prompt, String argument, Instant at) {
        if (!argument.isEmpty()) {
            if (!apply(p, prompt, argument, at)) {
                c.out.say(p, SystemText.NOT_UNDERSTOOD, ContentKind.CONFIRMATION, at);
            }
            return;
        }
        if (p.standing != Standing.WITHDRAWING && c.blocks.startConfirmation(p, role(prompt), at)) {
            return;
        }
        open(p, prompt, at);
        switch (prompt) {
            case LANGUAGE -> c.out.ask(p, SystemText.LANGUAGE_QUESTION, languageButtons(), ContentKind.CONFIRMATION);
            case FREQUENCY ->
                c.out.ask(p, SystemText.FREQUENCY_QUESTION, frequencyButtons(p), ContentKind.CONFIRMATION);
            case WINDOW -> c.out.ask(p, SystemText.WINDOW_QUESTION, windowButtons(p), ContentKind.CONFIRMATION);
            default -> c.out.ask(p, SystemText.ZONE_QUESTION, List.of(), ContentKind.CONFIRMATION);
        }
    }

    private static SystemRole role(Prompt prompt) {
        return switch (prompt) {
            case LANGUAGE -> SystemRole.LANGUAGE;
            case FREQUENCY -> SystemRole.FREQUENCY;
            case WINDOW -> SystemRole.TIME_OF_DAY;
            default -> SystemRole.TIME_ZONE;
        };
    }

    private List<Button> languageButtons() {
        List<Button> buttons = new ArrayList<>();
        for (Language language : languages) {
            Locale locale = language.locale();
            buttons.add(new Button(language.tag(), locale.getDisplayLanguage(locale)));
        }
        return buttons;
    }

    /** The study's allowed frequencies (or its default alone), labelled in words, never as written in files. */
    private List<Button> frequencyButtons(Participant p) {
        List<Frequency> allowed = c.study().plan().allowedFrequencies().isEmpty()
                ? List.of(c.study().plan().defaultFrequency())
                : List.copyOf(c.study().plan().allowedFrequencies());
        List<Button> buttons = new ArrayList<>();
        for (Frequency frequency : allowed) {
            buttons.add(new Button(frequency.toString(), frequencyLabel(p, frequency)));
        }
        return buttons;
    }

    private String frequencyLabel(Participant p, Frequency frequency) {
        boolean daily = frequency.per() == Frequency.Period.DAY;
        SystemText text = frequency.times() == 1
                ? (daily ? SystemText.FREQUENCY_ONCE_A_DAY : SystemText.FREQUENCY_ONCE_A_WEEK)
                : (daily ? SystemText.FREQUENCY_TIMES_A_DAY : SystemText.FREQUENCY_TIMES_A_WEEK);
        return settings.texts().text(text, p.language).replace("{times}", Integer.toString(frequency.times()));
    }

    private List<Button> windowButtons(Participant p) {
        return List.of(
                button(p, "morning", SystemText.WINDOW_MORNING),
                button(p, "midday", SystemText.WINDOW_MIDDAY),
                button(p, "evening", SystemText.WINDOW_EVENING),
                button(p, "any", SystemText.WINDOW_ANY));
    }

    /** True when a typed reply is the value or label of one of the open prompt's buttons. */
    boolean offers(Participant p, String typed) {
        return switch (p.prompt) {
            case WARNING -> choose(p, typed, READ, SystemText.READ, SKIP, SystemText.SKIP) != null;
            case WITHDRAW, ERASE -> choose(p, typed, YES, SystemText.YES, NO, SystemText.NO) != null;
            case LANGUAGE -> offered(languageButtons(), typed);
            case FREQUENCY -> offered(frequencyButtons(p), typed);
            case WINDOW -> offered(windowButtons(p), typed);
            case ZONE -> false;
        };
    }

    private static boolean offered(List<Button> buttons, String typed) {
        String text = typed.strip();
        for (Button button : buttons) {
            if (button.value().equalsIgnoreCase(text) || button.label().strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    void warn(Participant p, ContentBlock block, Instant at) {
        open(p, Prompt.WARNING, at);
        StringJoiner topics = new StringJoiner(", ");
        for (ContentWarning warning : block.sensitivity().warnings()) {
            topics.add(settings.texts().topic(warning, p.language));
        }
        String text =
                settings.texts().text(SystemText.CONTENT_WARNING, p.language).replace("{topics}", topics.toString());
        c.out.enqueue(
                p,
                new eu.coact.engine.channel.Outgoing.Text(
                        text, List.of(button(p, READ, SystemText.READ), button(p, SKIP, SystemText.SKIP))),
                ContentKind.STUDY,
                "system content_warning");
    }

    void confirmWithdrawal(Participant p, Instant at) {
        if (p.prompt != null) {
            close(p, at);
        }
        c.lifecycle.leaving(p, at);
        c.out.emit(p, ConversationEvents.WITHDRAWAL_CONFIRMED, at);
        c.lifecycle.stopAll(p, at);
        open(p, Prompt.ERASE, at);
        c.out.ask(p, SystemText.ERASE_QUESTION, yesNo(p), ContentKind.CONFIRMATION);
    }

    void answer(Participant p, String reply, Instant at) {
        Prompt prompt = p.prompt;
        switch (prompt) {
            case WARNING -> {
                String choice = choose(p, reply, READ, SystemText.READ, SKIP, SystemText.SKIP);
                if (choice == null) {
                    c.out.say(p, SystemText.CHOOSE_A_BUTTON, ContentKind.STUDY, at);
                    return;
                }
                close(p, at);
                if (choice.equals(READ)) {
                    c.blocks.sendEntry(p, at);
                } else {
                    c.blocks.skipBlock(p, at);
                }
            }
            case WITHDRAW -> {
                String choice = choose(p, reply, YES, SystemText.YES, NO, SystemText.NO);
                if (choice == null) {
                    c.out.say(p, SystemText.CHOOSE_A_BUTTON, ContentKind.CONFIRMATION, at);
                } else if (choice.equals(YES)) {
                    confirmWithdrawal(p, at);
                } else {
                    close(p, at);
                    c.out.emit(p, ConversationEvents.WITHDRAWAL_CANCELLED, at);
                    c.out.say(p, SystemText.STAYING, ContentKind.CONFIRMATION, at);
                    c.blocks.resumeBlock(p, at);
                }
            }
            case ERASE -> {
                String choice = choose(p, reply, YES, SystemText.YES, NO, SystemText.NO);
                if (choice == null) {
                    c.out.say(p, SystemText.CHOOSE_A_BUTTON, ContentKind.CONFIRMATION, at);
                    return;
                }
                close(p, at);
                boolean erase = choice.equals(YES);
                // The farewell is rendered before the state is forgotten, in the participant's language.
                c.out.say(p, erase ? SystemText.FAREWELL_ERASED : SystemText.FAREWELL, ContentKind.FAREWELL, at);
                c.lifecycle.withdrew(p, erase, at);
                c.out.emit(p, ConversationEvents.WITHDREW, at, "erase", erase ? YES : NO);
                if (erase) {
                    c.out.requestErasure(p);
                }
            }
            default -> {
                if (apply(p, prompt, reply, at)) {
                    return;
                }
                c.out.say(p, SystemText.NOT_UNDERSTOOD, ContentKind.CONFIRMATION, at);
            }
        }
    }

    /** Applies a setting; true when the value was understood (the prompt, if open, is then closed). */
    private boolean apply(Participant p, Prompt prompt, String value, Instant at) {
        String text = value.strip();
        switch (prompt) {
            case LANGUAGE -> {
                Optional<Language> language = languages.stream()
                        .filter(l -> l.tag().equalsIgnoreCase(text)
                                || l.locale().getDisplayLanguage(l.locale()).equalsIgnoreCase(text))
                        .findFirst();
                if (language.isEmpty()) {
                    return false;
                }
                closeIfOpen(p, prompt, at);
                c.lifecycle.changeSetting(p, "language", language.get().tag(), at);
                settled(p, SystemText.LANGUAGE_CHANGED, at);
                return true;
            }
            case FREQUENCY -> {
                String written = frequencyButtons(p).stream()
                        .filter(b -> b.label().strip().equalsIgnoreCase(text))
                        .map(Button::value)
                        .findFirst()
                        .orElse(text);
                if (Frequency.parse(written).isEmpty()) {
                    return false;
                }
                closeIfOpen(p, prompt, at);
                if (!c.lifecycle.setFrequency(p, written, at)) {
                    c.out.say(p, SystemText.NOT_UNDERSTOOD, ContentKind.CONFIRMATION, at);
                    c.blocks.resumeBlock(p, at);
                    return true;
                }
                settled(p, SystemText.FREQUENCY_CHANGED, at);
                return true;
            }
            case WINDOW -> {
                Optional<DailyWindow> window = window(p, text);
                if (window.isEmpty()) {
                    return false;
                }
                closeIfOpen(p, prompt, at);
                c.lifecycle.changeSetting(p, "window", ParticipantEvents.written(window.get()), at);
                settled(p, SystemText.WINDOW_CHANGED, at);
                return true;
            }
            case ZONE -> {
                Optional<java.time.ZoneId> zone = Answers.zone(text, at);
                if (zone.isEmpty()) {
                    return false;
                }
                closeIfOpen(p, prompt, at);
                c.lifecycle.changeSetting(p, "zone", zone.get().getId(), at);
                settled(p, SystemText.ZONE_CHANGED, at);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void settled(Participant p, SystemText confirmation, Instant at) {
        c.out.say(p, confirmation, ContentKind.CONFIRMATION, at);
        c.blocks.resumeBlock(p, at);
    }

    /** A time of day from a value or label ({@code morning}, …) or hours written {@code 08:00-12:00}. */
    Optional<DailyWindow> window(Participant p, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("morning") || matches(p, SystemText.WINDOW_MORNING, text)) {
            return Optional.of(DailyWindow.MORNING);
        }
        if (lower.equals("midday") || matches(p, SystemText.WINDOW_MIDDAY, text)) {
            return Optional.of(DailyWindow.MIDDAY);
        }
        if (lower.equals("evening") || matches(p, SystemText.WINDOW_EVENING, text)) {
            return Optional.of(DailyWindow.EVENING);
        }
        if (lower.equals("any") || matches(p, SystemText.WINDOW_ANY, text)) {
            return Optional.of(DailyWindow.ANY);
        }
        int dash = text.indexOf('-');
        if (dash > 0) {
            try {
                return Optional.of(DailyWindow.between(
                        LocalTime.parse(text.substring(0, dash).strip()),
                        LocalTime.parse(text.substring(dash + 1).strip())));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void open(Participant p, Prompt prompt, Instant at) {
        c.out.emit(p, ConversationEvents.PROMPTED, at, "prompt", prompt.code());
    }

    private void close(Participant p, Instant at) {
        c.out.emit(p, ConversationEvents.PROMPT_CLOSED, at, "prompt", p.prompt.code());
    }

    private void closeIfOpen(Participant p, Prompt prompt, Instant at) {
        if (p.prompt == prompt) {
            close(p, at);
        }
    }

    private List<Button> yesNo(Participant p) {
        return List.of(button(p, YES, SystemText.YES), button(p, NO, SystemText.NO));
    }

    private Button button(Participant p, String value, SystemText label) {
        return new Button(value, settings.texts().text(label, p.language));
    }

    private String choose(
            Participant p, String reply, String first, SystemText firstLabel, String second, SystemText secondLabel) {
        String typed = reply.strip();
        if (typed.equalsIgnoreCase(first) || matches(p, firstLabel, typed)) {
            return first;
        }
        if (typed.equalsIgnoreCase(second) || matches(p, secondLabel, typed)) {
            return second;
        }
        return null;
    }

    private boolean matches(Participant p, SystemText label, String typed) {
        return settings.texts().text(label, p.language).strip().equalsIgnoreCase(typed.strip());
    }
}
