package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.JournalException;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramInboxTest {

    @TempDir
    Path directory;

    @Test
    void onlyTextFromPrivateChatsBecomesRepliesAndGroupsAreNeverAdmitted() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            List<Inbound> replies = new ArrayList<>();
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    replies::add,
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-group-message.json");
            TelegramInbox.Polled polled = inbox.pollOnce(0);

            assertThat(polled.updates()).isEqualTo(3);
            assertThat(replies).hasSize(1);
            assertThat(replies.get(0).reply()).isEqualTo(new Reply.TypedText("/pause"));
            assertThat(replies.get(0).from()).isEqualTo(run.participant());
            assertThat(run.participants.find(-1002233445566L)).isEmpty();
            assertThat(run.vault.size()).isEqualTo(1);
        }
    }

    @Test
    void updatesAreConfirmedByTheNextPollsOffset() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            run.receive("getUpdates-start.json");
            run.inbox.pollOnce(0);

            List<RecordedBotApi.Request> polls = run.api.requests("getUpdates");
            assertThat(polls.get(0).field("offset")).isEqualTo("0");
            assertThat(polls.get(1).field("offset")).isEqualTo("730104513");
            assertThat(polls.get(0).field("allowed_updates")).isEqualTo("[\"message\",\"callback_query\"]");
        }
    }

    @Test
    void aPressFromAChatTheVaultDoesNotKnowIsAnsweredButStartsNothing() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            List<Inbound> replies = new ArrayList<>();
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    replies::add,
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-press-consent.json");
            inbox.pollOnce(0);

            assertThat(replies).isEmpty();
            assertThat(run.vault.size()).isZero();
            assertThat(run.api.requests("answerCallbackQuery")).hasSize(1);
        }
    }

    @Test
    void aRefusedTokenStopsPollingWithANoticeThatNamesNoSecret() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            run.api.play("getUpdates-401-unauthorized.json");
            boolean stoppedCleanly = run.inbox.run(0);

            assertThat(stoppedCleanly).isFalse();
            assertThat(run.notices).containsExactly("Telegram refused the bot token");
        }
    }

    @Test
    void aReplyTheHandlerRejectsIsSkippedSoItCannotHoldBackTheOthers() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    inbound -> {
                        throw new IllegalStateException("rejected");
                    },
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-start.json");
            TelegramInbox.Polled polled = inbox.pollOnce(0);
            inbox.pollOnce(0);

            assertThat(polled.problem()).isEmpty();
            assertThat(run.notices)
                    .containsExactly("a reply could not be handled and was skipped (IllegalStateException)");
            assertThat(run.api.requests("getUpdates").get(1).field("offset")).isEqualTo("730104513");
        }
    }

    @Test
    void whenRepliesCannotBeStoredPollingStopsWithoutConfirmingThem() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    inbound -> {
                        throw new JournalException("the disk is full");
                    },
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-start.json");
            TelegramInbox.Polled polled = inbox.pollOnce(0);
            inbox.pollOnce(0);

            assertThat(polled.fatal()).isTrue();
            assertThat(polled.problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot be stored"));
            assertThat(run.api.requests("getUpdates").get(1).field("offset")).isEqualTo("0");
        }
    }

    @Test
    void startFromSomeoneAlreadyTakingPartIsNoAnswer() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            List<Inbound> replies = new ArrayList<>();
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    replies::add,
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-start.json").play("getUpdates-start.json");
            run.api.play("getUpdates-typed-text.json", java.util.Map.of("text", "/START"));
            run.api.play("getUpdates-typed-text.json", java.util.Map.of("text", "/startled"));
            for (int i = 0; i < 4; i++) {
                inbox.pollOnce(0);
            }

            assertThat(replies)
                    .extracting(Inbound::reply)
                    .containsExactly(new Reply.TypedText("/start"), new Reply.TypedText("/startled"));
        }
    }

    @Test
    void aBotNameAfterACommandIsDropped() {
        assertThat(TelegramInbox.withoutBotName("/pause@coact_study_bot")).isEqualTo("/pause");
        assertThat(TelegramInbox.withoutBotName("/language@coact_study_bot ca")).isEqualTo("/language ca");
        assertThat(TelegramInbox.withoutBotName("write me at someone@example.org"))
                .isEqualTo("write me at someone@example.org");
        assertThat(TelegramInbox.withoutBotName("/help")).isEqualTo("/help");
    }
}
