package eu.coact.examples;

import eu.coact.content.Study;
import eu.coact.core.Language;
import eu.coact.core.files.FileTrees;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.channel.ChannelPseudonyms;
import eu.coact.engine.channel.ConsoleChannel;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.Reply;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact chat}: talk to a study's bot in the terminal, as a participant would on a
 * messaging platform — consent, language, microstories, and the commands (pause, resume,
 * withdraw, help) in the study's languages. The conversation is recorded in a journal like a
 * real one: in a temporary folder, or in {@code --journal} to continue it another day.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = {
            "Talk to a study's bot in the terminal. Buttons are numbered: type the number, or the answer.",
            "Commands in the study's languages work at any moment: pause, resume, withdraw, help, language.",
            "Lines starting with ':' talk to the terminal, not the bot: :next jumps to the next scheduled "
                    + "message, :status shows where you are, :quit ends."
        })
public final class ChatCommand implements Callable<Integer> {

    /** Paced messages due within this stretch of conversation time are shown before the next line is read. */
    private static final Duration TURN = Duration.ofMinutes(5);

    @ParentCommand
    private Coact launcher;

    @Mixin
    private StudyOption study = new StudyOption();

    @Option(
            names = "--language",
            paramLabel = "<xx>",
            description = "The language to talk in (default: the study's first).")
    private Optional<String> language = Optional.empty();

    @Option(
            names = "--journal",
            paramLabel = "<folder>",
            description = "Keep the conversation in this folder and continue it when run again (default: a temporary "
                    + "folder, deleted at the end).")
    private Optional<Path> journalFolder = Optional.empty();

    @Option(
            names = "--speed",
            paramLabel = "<factor>",
            defaultValue = "1",
            description = "Let the study's reading pauses pass this many times faster (default: ${DEFAULT-VALUE}).")
    private double speed;

    /** Runs the conversation until the input ends or the person types :quit. */
    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = launcher.terminal().err();
        Path scratch = PrivateFiles.createTempDirectory("coact-chat");
        try {
            Path folder = study.resolve(scratch);
            StudyCheck check = StudyCheck.of(folder, false);
            if (!check.runnable(err)) {
                return Coact.INPUT_ERRORS;
            }
            Study content = check.study().get();
            Optional<Language> chosen = language.map(ChatCommand::language);
            if (chosen.isPresent() && !content.plan().languages().contains(chosen.get())) {
                throw new InputMistake("the study speaks " + content.plan().languages() + ", not " + chosen.get());
            }
            Path home = journalFolder.orElse(scratch.resolve("conversation"));
            return converse(check, home, chosen);
        } finally {
            FileTrees.deleteQuietly(scratch);
        }
    }

    private int converse(StudyCheck check, Path home, Optional<Language> chosen)
            throws IOException, InterruptedException {
        Study content = check.study().orElseThrow();
        ChannelPseudonyms boundary =
                StudyConsent.pseudonyms(content, ConsoleKey.loadOrCreate(home.resolve("console.key")));
        ConsoleChannel channel = ConsoleChannel.of(
                launcher.terminal().in(),
                launcher.terminal().out(),
                boundary,
                System.getProperty("user.name", "console"));
        try (FileJournal journal = SignedJournal.open(home.resolve("journal"))) {
            // A conversation continued after running faster than real time resumes at its own time, not before it.
            Instant last = journal.lastSequence() == 0 ? Instant.EPOCH : lastEntryTime(journal);
            Instant now = launcher.clock().instant();
            ChatClock clock = new ChatClock(now.isAfter(last) ? now : last, speed);
            StudyConsent consent =
                    StudyConsent.open(check.requirePolicy(), check.documents(), journal, "console", clock.now());
            ConversationEngine engine = ConversationEngine.builder(content, journal, channel)
                    .consent(consent.binding())
                    .settings(check.settings())
                    .start(clock.now());
            int exit;
            try (ChatTicker ticker = new ChatTicker(engine, clock)) {
                launcher.terminal()
                        .err()
                        .println("Chatting with the study '"
                                + content.plan().id().value()
                                + "'. Buttons are numbered: type the number. Type :quit to end, :next to skip ahead to the "
                                + "next scheduled message.");
                exit = converse(engine, channel, clock, ticker, chosen);
            }
            if (journalFolder.isPresent()) {
                SignedJournal.printAnchor(journal, launcher.terminal().err());
            }
            return exit;
        }
    }

    private int converse(
            ConversationEngine engine,
            ConsoleChannel channel,
            ChatClock clock,
            ChatTicker ticker,
            Optional<Language> chosen)
            throws InterruptedException {
        PrintWriter err = launcher.terminal().err();
        if (engine.participant(channel.participant()).isEmpty()) {
            Instant now = clock.now();
            // The chosen language is the participant's from the first message on.
            if (chosen.isPresent()) {
                engine.join(channel.participant(), chosen.get(), now);
            } else {
                engine.receive(Inbound.typed(channel.participant(), "hello", now));
            }
        }
        ticker.reschedule();
        while (true) {
            ticker.awaitQuiet(TURN);
            Optional<Inbound> reply = channel.readReply(clock.now());
            if (reply.isEmpty()) {
                break;
            }
            if (reply.get().reply() instanceof Reply.TypedText typed
                    && typed.text().strip().startsWith(":")) {
                if (!terminalCommand(typed.text().strip().toLowerCase(Locale.ROOT), engine, channel, clock, ticker)) {
                    break;
                }
                continue;
            }
            engine.receive(reply.get());
            ticker.reschedule();
        }
        ticker.awaitQuiet(TURN);
        journalFolder.ifPresent(
                f -> err.println("The conversation is kept in " + f + "; run the same command again to continue it."));
        err.flush();
        return Coact.OK;
    }

    private static Instant lastEntryTime(Journal journal) {
        try (Stream<JournalEntry> last = journal.read(journal.lastSequence(), journal.lastSequence())) {
            return last.map(JournalEntry::at).findFirst().orElse(Instant.EPOCH);
        }
    }

    /** Carries out a line meant for the terminal; false when the conversation should end. */
    private boolean terminalCommand(
            String command, ConversationEngine engine, ConsoleChannel channel, ChatClock clock, ChatTicker ticker) {
        PrintWriter err = launcher.terminal().err();
        switch (command) {
            case ":quit", ":exit", ":q" -> {
                return false;
            }
            case ":next" -> {
                Optional<Instant> next = engine.nextWakeUp();
                if (next.isEmpty()) {
                    err.println("(nothing is scheduled)");
                } else {
                    err.println("(skipping ahead " + readable(Duration.between(clock.now(), next.get())) + ")");
                    clock.jumpTo(next.get());
                    ticker.reschedule();
                }
            }
            case ":status" ->
                err.println(engine.participant(channel.participant())
                        .map(ChatCommand::status)
                        .orElse("(you have not joined yet)"));
            default -> err.println("(terminal commands: :next, :status, :quit)");
        }
        err.flush();
        return true;
    }

    private static String status(ParticipantView view) {
        return "(" + view.standing().name().toLowerCase(Locale.ROOT) + ", language "
                + view.language().tag() + ", "
                + view.completed() + " blocks done"
                + view.block().map(b -> ", in block " + b.value()).orElse("")
                + view.nextDelivery().map(at -> ", next block at " + at).orElse("") + ")";
    }

    private static String readable(Duration wait) {
        if (wait.toHours() >= 1) {
            return wait.toHours() + " h " + wait.toMinutesPart() + " min";
        }
        return wait.toMinutes() >= 1 ? wait.toMinutes() + " min" : Math.max(0, wait.toSeconds()) + " s";
    }

    private static Language language(String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InputMistake("'" + tag + "' is not a language tag (for example ca, es, en, de, it)");
        }
    }
}
