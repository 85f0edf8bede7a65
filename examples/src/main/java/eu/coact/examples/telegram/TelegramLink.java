package eu.coact.examples.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.util.Objects;

/**
 * One bot as the inbox sees it: the client that talks to Telegram, the door through which chats
 * become pseudonyms, and the callback data of the buttons that the {@link TelegramChannel} sent.
 *
 * @param bot          the Telegram client
 * @param participants turns chats into pseudonyms
 * @param callbacks    the callback data of buttons, shared with the {@link TelegramChannel}
 */
public record TelegramLink(TelegramBot bot, TelegramParticipants participants, CallbackData callbacks) {

    /** Checks that every part is present. */
    public TelegramLink {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(callbacks, "callbacks");
    }
}
