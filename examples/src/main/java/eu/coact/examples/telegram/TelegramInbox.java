package eu.coact.examples.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import eu.coact.anonymise.IdentityVaultException;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalException;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.InboundHandler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Receives participants' messages and button presses from Telegram by long polling
 * ({@code getUpdates}) and hands them, under pseudonyms, to an {@link InboundHandler} such as the
 * conversation engine.
 *
 * <p>Only private chats take part: a message from a group or channel is ignored and its chat is
 * never admitted to the vault. Typed text becomes {@link Inbound#typed}, with a bot command's
 * {@code @botname} suffix removed ({@code /start} from someone already taking part is dropped:
 * Telegram's app sends it by itself when the bot is reopened); a button press becomes {@link Inbound#press} with the button's
 * value and is answered so that the person's app stops waiting. Stickers, photos, voice messages
 * and other updates are ignored: the study asks for nothing of the kind, and they are not stored.
 *
 * <p>An update is confirmed to Telegram (by the next poll's offset, or by {@link #confirm()} when
 * polling stops) only after the handler has taken it, so a crash loses nothing: at worst a reply
 * is handed over again; after a clean stop none is. When the journal or
 * the vault cannot store a reply, polling stops without confirming it; a reply the handler
 * rejects for any other reason is skipped with a notice, so that it cannot block the others.
 */
public final class TelegramInbox {

    private static final String[] WANTED = {"message", "callback_query"};
    private static final long LONGEST_BACKOFF_MILLIS = 60_000;

    private final TelegramLink link;
    private final InboundHandler handler;
    private final Clock clock;
    private final Consumer<String> notices;
    private int offset;
    private volatile boolean running;

    private TelegramInbox(TelegramLink link, InboundHandler handler, Clock clock, Consumer<String> notices) {
        this.link = Objects.requireNonNull(link, "link");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * An inbox handing replies to a handler.
     *
     * @param link    the bot, the participants' door and the buttons' callback data
     * @param handler who receives the replies
     * @param clock   stamps the replies with their arrival time
     * @param notices short technical notices for the operator (never an id or a message text)
     * @return the inbox
     */
    public static TelegramInbox of(TelegramLink link, InboundHandler handler, Clock clock, Consumer<String> notices) {
        return new TelegramInbox(link, handler, clock, notices);
    }

    /**
     * Asks Telegram once for new updates, waiting up to {@code timeoutSeconds} for one to arrive,
     * and hands over every reply among them.
     *
     * @param timeoutSeconds how long Telegram may hold the request open (0 answers at once)
     * @return how many updates arrived, or why none could be fetched
     */
    public Polled pollOnce(int timeoutSeconds) {
        GetUpdatesResponse response;
        try {
            response = link.bot()
                    .execute(new GetUpdates()
                            .offset(offset)
                            .timeout(timeoutSeconds)
                            .allowedUpdates(WANTED));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Polled.failure(
                    false, "Telegram could not be reached (" + cause.getClass().getSimpleName() + ")");
        }
        if (!response.isOk()) {
            int code = response.errorCode();
            // A refused token or another program fetching this bot's updates will not pass by waiting.
            boolean fatal = code == 401 || code == 404 || code == 409;
            String reason = switch (code) {
                case 401, 404 -> "Telegram refused the bot token";
                case 409 -> "another program is receiving this bot's updates (or a webhook is set)";
                default -> "Telegram answered getUpdates with error " + code;
            };
            return Polled.failure(fatal, reason);
        }
        List<Update> updates = response.updates() == null ? List.of() : response.updates();
        for (Update update : updates) {
            try {
                translate(update).ifPresent(handler::receive);
            } catch (JournalException | IdentityVaultException e) {
                // Storage is failing: stop before confirming this update, so Telegram keeps it
                // (for a day) and it is handled once storage works again.
                return Polled.failure(
                        true, "replies cannot be stored (" + e.getClass().getSimpleName() + "); polling stopped");
            } catch (RuntimeException e) {
                // One reply the engine cannot take must not hold back everyone else's.
                notices.accept("a reply could not be handled and was skipped ("
                        + e.getClass().getSimpleName() + ")");
            }
            if (update.updateId() != null) {
                offset = Math.max(offset, update.updateId() + 1);
            }
        }
        return new Polled(updates.size(), Optional.empty());
    }

    /**
     * Tells Telegram that every update handed over so far is done with, so that none of them is
     * delivered again, for instance after a restart. Polling confirms the previous poll's updates
     * as it goes; this confirms the last poll's too. An update that arrives with this request is
     * left for the next poll.
     *
     * @return true when Telegram took the confirmation (or there was nothing to confirm)
     */
    public boolean confirm() {
        if (offset == 0) {
            return true;
        }
        try {
            GetUpdatesResponse response = link.bot()
                    .execute(new GetUpdates().offset(offset).limit(1).timeout(0).allowedUpdates(WANTED));
            if (!response.isOk()) {
                notices.accept("Telegram did not take the confirmation of the last updates (error "
                        + response.errorCode() + "); they will be handed over again");
            }
            return response.isOk();
        } catch (RuntimeException e) {
            notices.accept("the last updates could not be confirmed ("
                    + e.getClass().getSimpleName() + "); they will be handed over again");
            return false;
        }
    }

    /**
     * Polls until {@link #stop()} is called or Telegram refuses the bot for good, waiting longer
     * and longer between failed polls, and confirms the updates handed over before it returns.
     *
     * @param timeoutSeconds the long-polling timeout of each request
     * @return true when stopped, false when Telegram refused the bot
     */
    public boolean run(int timeoutSeconds) {
        try {
            return poll(timeoutSeconds);
        } finally {
            confirm();
        }
    }

    private boolean poll(int timeoutSeconds) {
        running = true;
        long backoff = 1_000;
        while (running) {
            Polled polled = pollOnce(timeoutSeconds);
            if (polled.problem().isEmpty()) {
                backoff = 1_000;
                continue;
            }
            notices.accept(polled.problem().get());
            if (polled.fatal()) {
                running = false;
                return false;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                break;
            }
            backoff = Math.min(backoff * 2, LONGEST_BACKOFF_MILLIS);
        }
        return true;
    }

    /** Ends {@link #run(int)} after the poll in progress. */
    public void stop() {
        running = false;
    }

    private Optional<Inbound> translate(Update update) {
        if (update.callbackQuery() != null) {
            return press(update.callbackQuery());
        }
        Message message = update.message();
        if (message == null
                || !isPrivate(message.chat())
                || message.text() == null
                || message.text().isBlank()) {
            return Optional.empty();
        }
        String text = withoutBotName(message.text());
        if (isStart(text) && link.participants().find(message.chat().id()).isPresent()) {
            // Telegram's app sends /start by itself when someone reopens or unblocks the bot; for
            // a participant already taking part it is no answer to anything.
            return Optional.empty();
        }
        Pseudonym from = link.participants().admit(message.chat().id());
        return Optional.of(Inbound.typed(from, text, clock.instant()));
    }

    private Optional<Inbound> press(CallbackQuery query) {
        try {
            link.bot().execute(new AnswerCallbackQuery(query.id()));
        } catch (RuntimeException e) {
            // Only the person's app spinner depends on it; the press itself still counts.
            notices.accept("a button press could not be acknowledged");
        }
        MaybeInaccessibleMessage message = query.maybeInaccessibleMessage();
        if (message == null || !isPrivate(message.chat()) || query.data() == null) {
            return Optional.empty();
        }
        // A press on an old button of someone the vault has forgotten starts nothing.
        Optional<Pseudonym> from = link.participants().find(message.chat().id());
        Optional<CallbackData.Press> press = link.callbacks().decodePress(query.data());
        if (from.isEmpty() || press.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Inbound.press(from.get(), press.get().question(), press.get().value(), clock.instant()));
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && chat.id() != null && chat.type() == Chat.Type.Private;
    }

    private static boolean isStart(String text) {
        String command = text.strip();
        return command.equalsIgnoreCase("/start") || command.regionMatches(true, 0, "/start ", 0, 7);
    }

    /** {@code /pause@study_bot now} becomes {@code /pause now}; other text is unchanged. */
    static String withoutBotName(String text) {
        if (!text.startsWith("/")) {
            return text;
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        int at = command.indexOf('@');
        if (at < 0) {
            return text;
        }
        return command.substring(0, at) + (space < 0 ? "" : text.substring(space));
    }

    /**
     * What one poll brought.
     *
     * @param updates how many updates arrived
     * @param problem why the poll failed, if it did
     * @param fatal   true when polling again cannot help (a refused token, a competing program)
     */
    public record Polled(int updates, Optional<String> problem, boolean fatal) {

        /** Checks presence. */
        public Polled {
            Objects.requireNonNull(problem, "problem");
        }

        Polled(int updates, Optional<String> problem) {
            this(updates, problem, false);
        }

        static Polled failure(boolean fatal, String reason) {
            return new Polled(0, Optional.of(reason), fatal);
        }
    }

    /** Names nothing that identifies anyone. */
    @Override
    public String toString() {
        return "TelegramInbox[offset " + offset + (running ? ", running" : "") + "]";
    }
}
