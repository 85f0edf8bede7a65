package eu.coact.examples.telegram;

import com.pengrad.telegrambot.TelegramBot;
import eu.coact.anonymise.IdentityVault;
import eu.coact.content.Study;
import eu.coact.engine.channel.InboundHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a process needs to host a study's bot, wired once for {@code coact telegram} and
 * {@code coact serve} alike: the Bot API client, the chat ids in the identity vault, the callback
 * data of buttons, the {@link TelegramChannel} the engine sends through and, once the engine
 * exists, the {@link TelegramInbox} its replies come from.
 *
 * <p>The channel is made first because the engine needs it to start; the inbox is attached to the
 * engine afterwards. {@link #close()} shuts the client down; the vault stays the caller's.
 */
public final class TelegramBridge implements AutoCloseable {

    /** Long enough to spare requests, short enough that a stop ends polling within seconds. */
    public static final int POLL_SECONDS = 10;

    private final TelegramBot bot;
    private final TelegramParticipants participants;
    private final CallbackData callbacks;
    private final TelegramChannel channel;
    private final Clock clock;

    private TelegramBridge(
            TelegramBot bot,
            TelegramParticipants participants,
            CallbackData callbacks,
            TelegramChannel channel,
            Clock clock) {
        this.bot = bot;
        this.participants = participants;
        this.callbacks = callbacks;
        this.channel = channel;
        this.clock = clock;
    }

    /**
     * Connects a study's bot.
     *
     * @param token the bot token from the environment; kept inside the client only
     * @param apiUrl another Bot API address ending in {@code /bot} (a local Bot API server or a
     *               test), or empty for Telegram's own
     * @param vault  the identity vault chat ids are kept in
     * @param study  the study, whose answer options the callback data knows from the start
     * @param where  the study's media folder and the clock that stamps replies and times retries
     * @return the bridge, its inbox not yet attached
     */
    public static TelegramBridge open(
            String token, Optional<String> apiUrl, IdentityVault vault, Study study, Where where) {
        TelegramBot bot = TelegramConnection.open(token, apiUrl);
        CallbackData callbacks = CallbackData.of(Objects.requireNonNull(study, "study"));
        TelegramParticipants participants = new TelegramParticipants(vault);
        TelegramChannel channel = TelegramChannel.of(bot, participants, where.media(), callbacks, where.clock());
        return new TelegramBridge(bot, participants, callbacks, channel, where.clock());
    }

    /** The channel the engine sends Telegram participants' messages through. */
    public TelegramChannel channel() {
        return channel;
    }

    /** The boundary between chats and pseudonyms. */
    public TelegramParticipants participants() {
        return participants;
    }

    /**
     * The inbox that hands the bot's updates to the engine.
     *
     * @param handler the engine (or whoever takes the replies)
     * @param notices short technical notices for the operator, never an id or a message text
     * @return a new inbox; run it, or poll it by hand in a test
     */
    public TelegramInbox inbox(InboundHandler handler, Consumer<String> notices) {
        return TelegramInbox.of(new TelegramLink(bot, participants, callbacks), handler, clock, notices);
    }

    /** Shuts the Bot API client down. */
    @Override
    public void close() {
        bot.shutdown();
    }

    /**
     * Where the bot finds its files and its time.
     *
     * @param media the study's media folder
     * @param clock the study's clock
     */
    public record Where(Path media, Clock clock) {
        /** Checks presence. */
        public Where {
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** Names nothing secret: never the token. */
    @Override
    public String toString() {
        return "TelegramBridge[" + participants + "]";
    }
}
