package eu.coact.examples.telegram;

import com.pengrad.telegrambot.TelegramBot;
import eu.coact.anonymise.IdentityVault;
import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.content.Study;
import eu.coact.content.authoring.ContentReader;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.problem.Validated;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.ParticipantView;
import eu.coact.examples.SettableClock;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The test study running on the real engine, a file journal with the consent ledger on it and an
 * identity vault, talking to a
 * {@link RecordedBotApi} through the real client library, in a time the test moves forward.
 */
final class StudyOnTelegram implements AutoCloseable {

    static final long CHAT = 5827361904L;
    static final Instant MONDAY_9_MADRID = LocalDateTime.parse("2024-03-04T09:00:00")
            .atZone(ZoneId.of("Europe/Madrid"))
            .toInstant();

    final RecordedBotApi api = new RecordedBotApi();
    final SettableClock clock = new SettableClock(MONDAY_9_MADRID);
    final Path journalDirectory;
    final Path vaultDirectory;
    final Journal journal;
    final IdentityVault vault;
    final TelegramBot bot;
    final CallbackData callbacks = new CallbackData();
    final TelegramParticipants participants;
    final TelegramChannel channel;
    final StudyConsent consent;
    final ConversationEngine engine;
    final TelegramInbox inbox;
    final List<String> notices = new ArrayList<>();

    StudyOnTelegram(Path directory) {
        this(directory, EngineSettings.defaults());
    }

    StudyOnTelegram(Path directory, EngineSettings settings) {
        journalDirectory = directory.resolve("journal");
        vaultDirectory = directory.resolve("vault");
        journal = FileJournal.open(journalDirectory);
        vault = IdentityVault.openWithKey(vaultDirectory, PseudonymKey.generate(KeyId.of("test-vault")));
        bot = TelegramConnection.open(RecordedBotApi.TOKEN, Optional.of(api.apiUrl()));
        participants = new TelegramParticipants(vault);
        channel = TelegramChannel.of(bot, participants, study().resolve("media"), callbacks, clock);
        // Consent is recorded as the command records it: in a ledger on the conversations' journal.
        StudyCheck check = StudyCheck.of(study(), false);
        consent = StudyConsent.open(check.requirePolicy(), check.documents(), journal, "telegram", clock.instant());
        engine = ConversationEngine.builder(readStudy(), journal, channel)
                .consent(consent.binding())
                .settings(settings)
                .start(clock.instant());
        inbox = TelegramInbox.of(new TelegramLink(bot, participants, callbacks), engine, clock, notices::add);
    }

    static Path study() {
        try {
            return Path.of(StudyOnTelegram.class.getResource("/telegram/study").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Study readStudy() {
        Validated<Study> read = ContentReader.standard().readStudy(study());
        if (read instanceof Validated.Valid<Study> valid) {
            return valid.value();
        }
        throw new IllegalStateException("the test study does not read: "
                + ((Validated.Invalid<Study>) read).problems().render());
    }

    /** Plays a recorded getUpdates and polls once. */
    void receive(String recording) {
        api.play(recording);
        TelegramInbox.Polled polled = inbox.pollOnce(0);
        if (polled.problem().isPresent()) {
            throw new IllegalStateException(polled.problem().get());
        }
    }

    /** Moves time forward, running everything the engine has due on the way. */
    void advance(Duration duration) {
        Instant until = clock.instant().plus(duration);
        while (true) {
            Optional<Instant> next = engine.nextWakeUp();
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.set(next.get());
            }
            engine.advanceTo(clock.instant());
        }
        clock.set(until);
        engine.advanceTo(until);
    }

    Pseudonym participant() {
        return participants.find(CHAT).orElseThrow();
    }

    ParticipantView view() {
        return engine.participant(participant()).orElseThrow();
    }

    @Override
    public void close() {
        bot.shutdown();
        vault.close();
        journal.close();
        api.close();
    }
}
