package eu.coact.examples.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Opens the Telegram Bot API client for a bot token, with timeouts that keep a slow network from
 * holding the conversation engine: a message is sent within seconds or reported as a transient
 * failure. Long polling adds its own wait on top of the read timeout.
 */
public final class TelegramConnection {

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration READ = Duration.ofSeconds(20);
    private static final Duration WRITE = Duration.ofSeconds(30);

    private TelegramConnection() {}

    /**
     * A client for one bot.
     *
     * @param token  the bot's token from BotFather; kept inside the client only
     * @param apiUrl the Bot API address up to and including {@code /bot}, for a local Bot API
     *               server or a test; empty for Telegram's own
     * @return the client; call {@link TelegramBot#shutdown()} when done
     */
    public static TelegramBot open(String token, Optional<String> apiUrl) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (token.isBlank()) {
            throw new IllegalArgumentException("a bot token is needed");
        }
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT)
                .readTimeout(READ)
                .writeTimeout(WRITE)
                .build();
        TelegramBot.Builder builder = new TelegramBot.Builder(token).okHttpClient(http);
        apiUrl.ifPresent(builder::apiUrl);
        return builder.build();
    }
}
