package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.anonymise.IdentityVault;
import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import eu.coact.examples.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each message goes to the channel its participant is on, as the identity vault knows it. */
class ChannelRouterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path directory;

    private static Envelope to(Pseudonym participant) {
        return new Envelope(
                participant, new Outgoing.Text("Hello", List.of()), new Origin(ContentKind.STUDY, "block b message m"));
    }

    @Test
    void messagesGoToTheParticipantsOwnChannelAndAChannelNotHostedNowMakesThemWaitNotPause() {
        try (IdentityVault vault = IdentityVault.openWithKey(directory, PseudonymKey.generate(KeyId.of("test")))) {
            Pseudonym web = vault.admit(ChannelIdentity.of("web", "a-web-id"));
            Pseudonym telegram = vault.admit(ChannelIdentity.of("telegram", "5827361904"));
            Pseudonym forgotten = vault.admit(ChannelIdentity.of("web", "another-web-id"));
            vault.forget(forgotten);
            List<Pseudonym> onWeb = new ArrayList<>();
            List<String> notices = new ArrayList<>();
            Channel webChannel = envelope -> {
                onWeb.add(envelope.to());
                return Delivery.delivered();
            };
            ChannelRouter router = new ChannelRouter(
                    vault, Map.of("web", webChannel), new ServeMetrics(), new SettableClock(NOW), notices::add);

            assertThat(router.deliver(to(web))).isEqualTo(Delivery.delivered());
            // The bot token was not given this time: the Telegram participant waits an hour, no attempt lost.
            assertThat(router.deliver(to(telegram))).isEqualTo(Delivery.deferred(NOW.plus(Duration.ofHours(1))));
            assertThat(router.deliver(to(telegram))).isInstanceOf(Delivery.Deferred.class);
            assertThat(router.deliver(to(forgotten))).isEqualTo(Delivery.blocked());

            assertThat(onWeb).containsExactly(web);
            assertThat(notices)
                    .singleElement()
                    .asString()
                    .contains("telegram")
                    .doesNotContain("5827361904", telegram.value());
        }
    }
}
