package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.testkit.journal.StoredBytes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code coact telegram} on a journal someone with its files altered: the bot refuses to start,
 * says why without a stack trace, contacts no Bot API and leaves the journal exactly as it found
 * it, whatever the attack (a forged redaction, a flipped byte, history rewritten with a
 * recomputed chain, a broken signed checkpoint).
 *
 * <p>Not covered, because the journal's files alone cannot show it: history rewritten and the
 * checkpoint file deleted (or its last records cut) as well; only an anchor kept elsewhere finds
 * that (see the tamper-evidence guide), and the bot is given none.
 */
class TelegramTamperedJournalTest {

    private static final String PASSWORD = "a vault password for tests";
    private static final String CHECKPOINTS = "journal.checkpoints";
    /** The length of one checkpoint record: magic, sequence, hash, redactions, digest, key, signature, checksum. */
    private static final int CHECKPOINT_BYTES = 4 + 8 + 32 + 8 + 32 + 32 + 64 + 4;

    @TempDir
    Path directory;

    private Path journal;

    @Test
    @Timeout(60)
    void aForgedRedactionIsRefused() {
        live();
        try (FileJournal opened = FileJournal.open(journal)) {
            opened.redact(2);
        }
        refused();
    }

    @Test
    @Timeout(60)
    void aByteFlippedInAnEntryIsRefused() throws IOException {
        live();
        Path segment = segments().get(0);
        byte[] bytes = Files.readAllBytes(segment);
        int at = StoredBytes.indexOf(bytes, "telegram".getBytes(StandardCharsets.UTF_8));
        assertThat(at).as("an entry names the channel").isPositive();
        bytes[at] = (byte) 'T';
        Files.write(segment, bytes);
        refused();
    }

    @Test
    @Timeout(60)
    void historyRewrittenWithARecomputedChainIsRefused() throws IOException {
        live();
        rewriteWithRecomputedChain();
        refused();
    }

    @Test
    @Timeout(60)
    void aBrokenSignedCheckpointIsRefused() throws IOException {
        live();
        Path checkpoints = journal.resolve(CHECKPOINTS);
        byte[] bytes = Files.readAllBytes(checkpoints);
        assertThat(bytes.length).as("more than one checkpoint").isGreaterThanOrEqualTo(2 * CHECKPOINT_BYTES);
        // A byte in the hash the first checkpoint signs: it no longer vouches for what it signed.
        bytes[20] ^= 0x01;
        Files.write(checkpoints, bytes);
        refused();
    }

    /** The bot goes live once, answers a newcomer and stops: a signed journal with a ledger in it. */
    private void live() {
        journal = directory.resolve("journal");
        try (RecordedBotApi api = new RecordedBotApi()) {
            api.play("getUpdates-start.json").play("getUpdates-401-unauthorized.json");
            Run run = run(api);
            assertThat(run.status).as(run.err).isEqualTo(1);
            assertThat(api.requests("sendMessage")).isNotEmpty();
        }
        assertThat(segments()).isNotEmpty();
        assertThat(journal.resolve(CHECKPOINTS)).exists();
    }

    /** Starts the bot on the altered journal and checks that it refused, changed nothing and called nobody. */
    private void refused() {
        Map<String, String> before = fingerprint();
        try (RecordedBotApi api = new RecordedBotApi()) {
            Run run = run(api);

            assertThat(run.status).as(run.out + run.err).isNotZero();
            assertThat(run.err)
                    .startsWith("Cannot go on: ")
                    .containsAnyOf("does not verify", "is damaged")
                    .contains("journal")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain(RecordedBotApi.TOKEN);
            assertThat(run.out).doesNotContain("is live on Telegram");
            assertThat(api.requests()).as("the Bot API was not contacted").isEmpty();
        }
        assertThat(fingerprint()).as("the journal is left as it was found").isEqualTo(before);
    }

    /**
     * Someone with the files but not the signing key: reads every entry, changes one payload, and
     * writes the whole history again as a fresh journal, whose chain is consistent from the start.
     */
    private void rewriteWithRecomputedChain() throws IOException {
        List<JournalEvent> events = new ArrayList<>();
        try (FileJournal original = FileJournal.open(journal);
                Stream<JournalEntry> entries = original.read(1, original.lastSequence())) {
            entries.forEach(e -> events.add(e.event().orElseThrow()));
        }
        JournalEvent first = events.get(0);
        byte[] changed = new String(first.payload(), StandardCharsets.UTF_8)
                .replace("telegram", "Telegram")
                .getBytes(StandardCharsets.UTF_8);
        events.set(
                0,
                first.subject().isPresent()
                        ? JournalEvent.about(first.subject().get(), first.at(), first.type(), changed)
                        : JournalEvent.of(first.at(), first.type(), changed));
        Path forged = directory.resolve("forged");
        try (FileJournal rewritten = FileJournal.open(forged)) {
            rewritten.appendAll(events);
        }
        for (Path segment : segments()) {
            Files.delete(segment);
        }
        try (Stream<Path> files = Files.list(forged)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".seg"))
                    .toList()) {
                Files.copy(file, journal.resolve(file.getFileName()));
            }
        }
    }

    private List<Path> segments() {
        try (Stream<Path> files = Files.list(journal)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".seg"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the journal folder and its signing key, by name, with the SHA-256 of its bytes. */
    private Map<String, String> fingerprint() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path file : all.filter(Files::isRegularFile)
                    .filter(f ->
                            f.startsWith(journal) || f.getFileName().toString().endsWith(".signing-key"))
                    .toList()) {
                files.put(
                        directory.relativize(file).toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private record Run(int status, String out, String err) {}

    private Run run(RecordedBotApi api) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new TelegramCommand(Map.of(
                TelegramCommand.TOKEN_VARIABLE, RecordedBotApi.TOKEN, TelegramCommand.PASSWORD_VARIABLE, PASSWORD)));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(
                "--study",
                StudyOnTelegram.study().toString(),
                "--journal",
                journal.toString(),
                "--vault",
                directory.resolve("vault").toString(),
                "--api-url",
                api.apiUrl());
        return new Run(status, out.toString(), err.toString());
    }
}
