package eu.coact.examples.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.PhotoSize;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import eu.coact.core.Pseudonym;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Validated;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Outgoing;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the engine's messages to Telegram chats. Texts go out with {@code sendMessage} in HTML
 * parse mode, images with {@code sendPhoto} and their caption, documents with
 * {@code sendDocument}; buttons become an inline keyboard whose callback data is the button's
 * value (see {@link CallbackData}). A file is uploaded once and then sent by the id Telegram gave it.
 * A document that promises its bytes (a consent document's file) is uploaded only when the file's
 * bytes have the promised SHA-256, and otherwise fails, so a replaced PDF never reaches anyone as
 * the published one.
 * A caption too long for Telegram follows its file as a message, and a text too long for one
 * message goes out in pieces, the buttons under the last.
 *
 * <p>Texts are in the content markup ({@link eu.coact.content.FormattedText}) and go out as
 * Telegram HTML; button labels go out as plain text.
 *
 * <p>The channel keeps within Telegram's limits ({@link TelegramPace}: about one message per
 * second per chat, thirty in all): a message that would exceed them is
 * {@link Delivery#deferred(Instant) deferred}, which the engine sends later without counting a
 * failed attempt. A 429 (too many requests) defers that chat only, until its
 * {@code retry_after} has passed; other chats keep receiving. What else Telegram answers decides
 * the delivery: a 403 (the person blocked the bot or left Telegram) is
 * {@link Delivery#blocked()}, which pauses the participant; a 5xx or a network failure is a
 * transient {@link Delivery#failed(String)} that the engine retries with backoff.
 *
 * <p>The chat id is read from the identity vault for each message and never kept. Once the
 * farewell of a withdrawal is delivered (or the person can no longer be reached for it), the
 * chat id is forgotten: nobody has a reason to contact them again.
 */
public final class TelegramChannel implements Channel {

    /** The longest caption Telegram shows under a photo or document, in characters. */
    static final int CAPTION_LIMIT = 1024;
    /** The longest text of one Telegram message, in characters. */
    static final int MESSAGE_LIMIT = 4096;

    /** Telegram's limit for a file a bot sends. */
    private static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    private static final int SHORT_LABEL = 12;
    private static final int BUTTONS_PER_ROW = 3;

    private final TelegramBot bot;
    private final TelegramParticipants participants;
    private final Path media;
    private final CallbackData callbacks;
    /** The question id of the message being delivered; deliveries are one at a time. */
    private String question = "";

    private final Clock clock;
    private final Map<String, String> uploaded = new ConcurrentHashMap<>();
    private final TelegramPace pace = new TelegramPace();

    private TelegramChannel(
            TelegramBot bot, TelegramParticipants participants, Path media, CallbackData callbacks, Clock clock) {
        this.bot = bot;
        this.participants = participants;
        this.media = media;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /**
     * A channel sending through a bot.
     *
     * @param bot          the Telegram client, holding the token
     * @param participants where chat ids are looked up
     * @param media        the study's media folder, where image and document files are
     * @param callbacks    the callback data of buttons, shared with the {@link TelegramInbox}
     * @param clock        the clock that times {@code retry_after}
     * @return the channel
     */
    public static TelegramChannel of(
            TelegramBot bot, TelegramParticipants participants, Path media, CallbackData callbacks, Clock clock) {
        return new TelegramChannel(
                Objects.requireNonNull(bot, "bot"),
                Objects.requireNonNull(participants, "participants"),
                Objects.requireNonNull(media, "media").toAbsolutePath().normalize(),
                Objects.requireNonNull(callbacks, "callbacks"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public synchronized Delivery deliver(Envelope envelope) {
        // Every button carries the id of the message that shows it, so a late press is recognised.
        question = envelope.question();
        Optional<Long> chat = participants.chatOf(envelope.to());
        if (chat.isEmpty()) {
            return Delivery.blocked();
        }
        Optional<Instant> wait = pace.admit(envelope.to(), clock.instant());
        if (wait.isPresent()) {
            return Delivery.deferred(wait.get());
        }
        Delivery delivery;
        try {
            delivery = send(new Target(envelope.to(), chat.get()), envelope.message());
        } catch (RuntimeException e) {
            // The client wraps network failures; their messages may name hosts, never shown.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            delivery = Delivery.failed(
                    "Telegram could not be reached (" + cause.getClass().getSimpleName() + ")");
        }
        boolean settled = delivery instanceof Delivery.Delivered || delivery instanceof Delivery.Blocked;
        if (envelope.origin().kind() == ContentKind.FAREWELL && settled) {
            participants.forget(envelope.to());
        }
        return delivery;
    }

    /**
     * Where a message goes: the participant (whose pace is kept) and their chat.
     *
     * @param who  the participant
     * @param chat their chat id, read from the vault for this message only
     */
    private record Target(Pseudonym who, long chat) {
        /** Never shows the chat id. */
        @Override
        public String toString() {
            return "Target[" + who + "]";
        }
    }

    private Delivery send(Target chat, Outgoing message) {
        if (message instanceof Outgoing.Picture picture) {
            return sendPicture(chat, picture);
        }
        if (message instanceof Outgoing.Document document) {
            return sendDocument(chat, document);
        }
        return sendText(chat, message.text(), message.buttons());
    }

    private Delivery sendText(Target chat, String text, List<Button> buttons) {
        if (text.isBlank() && buttons.isEmpty()) {
            return Delivery.delivered();
        }
        // A text too long for one message goes out in pieces, the buttons under the last one.
        List<String> pieces = TelegramMarkup.pieces(text, MESSAGE_LIMIT).stream()
                .filter(p -> !p.isBlank())
                .toList();
        if (pieces.isEmpty()) {
            pieces = List.of(text);
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                pace.count(chat.who(), clock.instant());
            }
            Delivery delivery = sendPiece(chat, pieces.get(i), i == pieces.size() - 1 ? buttons : List.of());
            if (!(delivery instanceof Delivery.Delivered)) {
                return delivery;
            }
        }
        return Delivery.delivered();
    }

    private Delivery sendPiece(Target chat, String text, List<Button> buttons) {
        SendMessage formatted = new SendMessage(chat.chat(), TelegramMarkup.html(text)).parseMode(ParseMode.HTML);
        keyboard(buttons).ifPresent(formatted::replyMarkup);
        SendResponse response = bot.execute(formatted);
        if (unparsable(response)) {
            SendMessage plain = new SendMessage(chat.chat(), TelegramMarkup.plain(text));
            keyboard(buttons).ifPresent(plain::replyMarkup);
            response = bot.execute(plain);
        }
        return outcome(chat, response);
    }

    private Delivery sendPicture(Target chat, Outgoing.Picture picture) {
        Optional<Path> file = mediaFile(picture.file());
        if (file.isEmpty()) {
            return Delivery.failed("the image file is missing from the study's media folder");
        }
        boolean fits = TelegramMarkup.plain(picture.text()).length() <= CAPTION_LIMIT;
        String known = uploaded.get(file.get().toString());
        SendPhoto request = known != null
                ? new SendPhoto(chat.chat(), known)
                : new SendPhoto(chat.chat(), file.get().toFile());
        if (fits && !picture.text().isBlank()) {
            request.caption(TelegramMarkup.html(picture.text())).parseMode(ParseMode.HTML);
        }
        if (fits) {
            keyboard(picture.buttons()).ifPresent(request::replyMarkup);
        }
        SendResponse response = bot.execute(request);
        Delivery delivery = outcome(chat, response);
        if (response.isOk()) {
            fileIdOf(response.message(), true)
                    .ifPresent(id -> uploaded.put(file.get().toString(), id));
        }
        if (!fits && delivery instanceof Delivery.Delivered) {
            // Too long for a caption: the text follows the image, with the buttons under it.
            pace.count(chat.who(), clock.instant());
            return sendText(chat, picture.text(), picture.buttons());
        }
        return delivery;
    }

    private Delivery sendDocument(Target chat, Outgoing.Document document) {
        Optional<Path> file = mediaFile(document.file());
        if (file.isEmpty()) {
            return Delivery.failed("the document file is missing from the study's media folder");
        }
        // A file that promises its bytes (a consent document's) is uploaded from exactly the bytes
        // checked, and its Telegram id is kept under their digest: what is sent is what was promised.
        String key = document.promised()
                .map(sha -> "sha256:" + sha)
                .orElse(file.get().toString());
        String known = uploaded.get(key);
        SendDocument request;
        if (known != null) {
            request = new SendDocument(chat.chat(), known);
        } else if (document.promised().isPresent()) {
            Validated<byte[]> bytes = RegularFiles.readBytes(file.get(), MAX_UPLOAD_BYTES);
            if (!bytes.isValid()) {
                return Delivery.failed("the document file cannot be read from the study's media folder");
            }
            if (!document.keptBy(bytes.orElseThrow())) {
                return Delivery.failed("the document file is not the one the study published");
            }
            request = new SendDocument(chat.chat(), bytes.orElseThrow())
                    .fileName(file.get().getFileName().toString());
        } else {
            request = new SendDocument(chat.chat(), file.get().toFile());
        }
        boolean fits = TelegramMarkup.plain(document.text()).length() <= CAPTION_LIMIT;
        if (fits && !document.text().isBlank()) {
            request.caption(TelegramMarkup.html(document.text())).parseMode(ParseMode.HTML);
        }
        SendResponse response = bot.execute(request);
        Delivery delivery = outcome(chat, response);
        if (response.isOk()) {
            fileIdOf(response.message(), false).ifPresent(id -> uploaded.put(key, id));
        }
        if (!fits && delivery instanceof Delivery.Delivered) {
            pace.count(chat.who(), clock.instant());
            return sendText(chat, document.text(), List.of());
        }
        return delivery;
    }

    /**
     * A regular file inside the media folder, reached without a symbolic link and no larger than
     * Telegram accepts; anything else (a name reaching outside, a link to a system file, a FIFO)
     * is treated as missing, so it is never uploaded.
     */
    private Optional<Path> mediaFile(String name) {
        Path file = media.resolve(name).normalize();
        boolean safe = FolderWalk.within(media, file).isValid()
                && RegularFiles.check(file, MAX_UPLOAD_BYTES).isValid();
        return safe ? Optional.of(file) : Optional.empty();
    }

    private static Optional<String> fileIdOf(Message message, boolean photo) {
        if (message == null) {
            return Optional.empty();
        }
        if (photo) {
            PhotoSize[] sizes = message.photo();
            return sizes == null || sizes.length == 0
                    ? Optional.empty()
                    : Optional.ofNullable(sizes[sizes.length - 1].fileId());
        }
        return message.document() == null
                ? Optional.empty()
                : Optional.ofNullable(message.document().fileId());
    }

    private Optional<InlineKeyboardMarkup> keyboard(List<Button> buttons) {
        if (buttons.isEmpty()) {
            return Optional.empty();
        }
        // Short labels share a row, as in a yes/no question; longer ones get a row each so that
        // Telegram does not cut them.
        boolean compact = buttons.size() <= BUTTONS_PER_ROW
                && buttons.stream()
                        .allMatch(b -> TelegramMarkup.plain(b.label()).length() <= SHORT_LABEL);
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        if (compact) {
            markup.addRow(buttons.stream().map(this::button).toArray(InlineKeyboardButton[]::new));
        } else {
            buttons.forEach(b -> markup.addRow(button(b)));
        }
        return Optional.of(markup);
    }

    private InlineKeyboardButton button(Button button) {
        return new InlineKeyboardButton(TelegramMarkup.plain(button.label()))
                .callbackData(callbacks.encode(question, button.value()));
    }

    private static boolean unparsable(BaseResponse response) {
        return !response.isOk()
                && response.errorCode() == 400
                && response.description() != null
                && response.description().toLowerCase(Locale.ROOT).contains("parse entities");
    }

    private Delivery outcome(Target chat, BaseResponse response) {
        if (response.isOk()) {
            return Delivery.delivered();
        }
        int code = response.errorCode();
        if (code == 403) {
            return Delivery.blocked();
        }
        if (code == 429) {
            Integer after =
                    response.parameters() == null ? null : response.parameters().retryAfter();
            long seconds = after == null || after < 1 ? 1 : after;
            // Only this chat waits; the wait is no failed attempt.
            return Delivery.deferred(pace.refused(chat.who(), Duration.ofSeconds(seconds), clock.instant()));
        }
        if (code == 400
                && response.description() != null
                && response.description().toLowerCase(Locale.ROOT).contains("chat not found")) {
            return Delivery.blocked();
        }
        return Delivery.failed(
                code >= 500 ? "Telegram is unavailable (" + code + ")" : "Telegram refused the message (" + code + ")");
    }

    /** Names the media folder only; the bot's token is never shown. */
    @Override
    public String toString() {
        return "TelegramChannel[media " + media.getFileName() + "]";
    }
}
