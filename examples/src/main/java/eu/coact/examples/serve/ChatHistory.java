package eu.coact.examples.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.core.Pseudonym;
import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What each web participant's page has shown, kept on the server so that the conversation is
 * still there after a restart: one private file per participant in the server's home, each
 * message a line encrypted with AES-256-GCM under a key derived from the server key and bound to
 * the participant's pseudonym (a line moved to another participant's file does not decrypt). The
 * browser keeps nothing.
 *
 * <p>Why a file and not the journal: the journal records which message of which block was handed
 * to the channel, not the text as the participant saw it (system texts, the echo of their answer,
 * their language at the time); rebuilding it would mean rendering old content again, which shows
 * today's wording instead of what they read. The file holds at most {@value WebMailbox#KEPT}
 * messages per participant (older lines are compacted away) and is deleted when the participant
 * is forgotten: after a withdrawal's farewell, or when someone who never consented passes the
 * grace period. A line that does not decrypt (another server key) is skipped, never guessed.
 * Thread-safe.
 */
final class ChatHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Optional<Path> folder;
    private final Optional<SecretKeySpec> key;
    private final SecureRandom random = new SecureRandom();

    private ChatHistory(Optional<Path> folder, Optional<SecretKeySpec> key) {
        this.folder = folder;
        this.key = key;
    }

    /**
     * Histories kept in a folder.
     *
     * @param folder    the folder, created private when missing
     * @param serverKey the server key the encryption key is derived from (at least 32 bytes)
     * @return the histories
     */
    static ChatHistory open(Path folder, byte[] serverKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            byte[] derived = mac.doFinal("coact chat history v1".getBytes(StandardCharsets.UTF_8));
            PrivateFiles.createDirectories(folder);
            return new ChatHistory(Optional.of(folder), Optional.of(new SecretKeySpec(derived, "AES")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the chat history folder cannot be made", e);
        }
    }

    /** No history on disk: pages show what arrived since the server started. */
    static ChatHistory none() {
        return new ChatHistory(Optional.empty(), Optional.empty());
    }

    /**
     * The messages kept for a participant, oldest first.
     *
     * @param of the participant
     * @return the readable messages, at most the last {@value WebMailbox#KEPT}
     */
    synchronized List<WebMessage> load(Pseudonym of) {
        if (folder.isEmpty()) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file(of), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("a chat history cannot be read", e);
        }
        List<WebMessage> messages = new ArrayList<>();
        for (String line : lines) {
            decrypt(of, line).ifPresent(messages::add);
        }
        int from = Math.max(0, messages.size() - WebMailbox.KEPT);
        return List.copyOf(messages.subList(from, messages.size()));
    }

    /**
     * Adds a message to a participant's history; once the file holds twice as many as are kept,
     * it is rewritten with the last {@value WebMailbox#KEPT} only.
     *
     * @param to      the participant
     * @param message the message as numbered
     */
    synchronized void append(Pseudonym to, WebMessage message) {
        if (folder.isEmpty()) {
            return;
        }
        Path file = file(to);
        byte[] line = (encrypt(to, message) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = PrivateFiles.openChannel(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (channel.size() > (long) line.length * WebMailbox.KEPT * 2 && lineCount(file) > WebMailbox.KEPT * 2) {
                compact(to, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a chat history cannot be written", e);
        }
    }

    /**
     * Deletes a participant's history.
     *
     * @param of the participant
     */
    synchronized void drop(Pseudonym of) {
        if (folder.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(file(of));
        } catch (IOException e) {
            throw new UncheckedIOException("a chat history cannot be deleted", e);
        }
    }

    /** True when a participant has a history file (for tests of forgetting). */
    synchronized boolean exists(Pseudonym of) {
        return folder.isPresent() && Files.exists(file(of));
    }

    private void compact(Pseudonym of, Path file) throws IOException {
        StringBuilder kept = new StringBuilder();
        for (WebMessage message : load(of)) {
            kept.append(encrypt(of, message)).append('\n');
        }
        AtomicFiles.write(file, kept.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static long lineCount(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            return lines.count();
        }
    }

    private Path file(Pseudonym of) {
        // A pseudonym is URL-safe letters, digits, '-' and '_': a safe file name as it is.
        return folder.orElseThrow().resolve(of.value() + ".history");
    }

    private String encrypt(Pseudonym to, WebMessage message) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(to.value().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(message));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a chat message could not be encrypted", e);
        }
    }

    private Optional<WebMessage> decrypt(Pseudonym of, String line) {
        try {
            byte[] all = Base64.getDecoder().decode(line.strip());
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(of.value().getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return Optional.of(JSON.readValue(plain, WebMessage.class));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // Another server key, a torn last line or an edited file: that line is not shown.
            return Optional.empty();
        }
    }

    /** Names the folder only. */
    @Override
    public String toString() {
        return "ChatHistory[" + folder.map(Path::toString).orElse("in memory only") + "]";
    }
}
