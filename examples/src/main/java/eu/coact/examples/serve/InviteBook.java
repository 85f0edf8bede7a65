package eu.coact.examples.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.examples.study.InputMistake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The invitations the team hands out. A token is 32 random bytes; the book keeps only its
 * HMAC-SHA-256 under the server's secret key, so a copy of the book alone lets nobody join. A
 * single-use token is spent the moment someone joins with it (and that is on disk before they are
 * let in); a campaign token admits anyone until the team closes it. Thread-safe.
 */
public final class InviteBook {

    /** The kinds of invitation. */
    public enum Kind {
        /** One person joins with it, once. */
        SINGLE,
        /** Anyone with the link joins, e.g. a poster or a newsletter. */
        CAMPAIGN
    }

    private static final int TOKEN_BYTES = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final byte[] key;
    private final List<Invite> invites;
    private final SecureRandom random = new SecureRandom();

    private InviteBook(Path file, byte[] key, List<Invite> invites) {
        this.file = file;
        this.key = key;
        this.invites = invites;
    }

    /**
     * Opens (or starts) the book kept in a file.
     *
     * @param file the book's file
     * @param key  the secret the token hashes are keyed with, at least 32 bytes
     * @return the book
     * @throws InputMistake if the file is not an invitation book
     */
    public static InviteBook open(Path file, byte[] key) {
        if (key.length < TOKEN_BYTES) {
            throw new IllegalArgumentException("the invitation key has at least " + TOKEN_BYTES + " bytes");
        }
        List<Invite> read = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                read.addAll(JSON.readValue(file.toFile(), new TypeReference<List<Invite>>() {}));
            } catch (IOException e) {
                throw new InputMistake(
                        file + " is not an invitation book: " + e.getClass().getSimpleName());
            }
        }
        return new InviteBook(file, key.clone(), read);
    }

    /**
     * Creates an invitation.
     *
     * @param kind  single-use or campaign
     * @param label the team's own name for it (e.g. "poster March"), never a person's name
     * @param now   when
     * @return the token, shown once: only its keyed hash is kept
     */
    public synchronized String create(Kind kind, String label, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invites.add(new Invite(digest(token), kind, label.strip(), now.toString(), false));
        save();
        return token;
    }

    /**
     * Lets someone in with a token, spending it if it is single-use.
     *
     * @param token the token from the link
     * @return true when the token is open (and now spent if single-use)
     */
    public synchronized boolean redeem(String token) {
        String hash = digest(token);
        for (int i = 0; i < invites.size(); i++) {
            Invite invite = invites.get(i);
            if (MessageDigest.isEqual(
                            invite.hash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))
                    && !invite.closed()) {
                if (invite.kind() == Kind.SINGLE) {
                    invites.set(i, new Invite(invite.hash(), invite.kind(), invite.label(), invite.created(), true));
                    save();
                }
                return true;
            }
        }
        return false;
    }

    /** How many invitations are still open. */
    public synchronized long open() {
        return invites.stream().filter(i -> !i.closed()).count();
    }

    private String digest(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private void save() {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(
                    folder,
                    ".invites",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            JSON.writeValue(temporary.toFile(), invites);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the invitation book could not be saved", e);
        }
    }

    /**
     * One invitation as kept: its keyed hash, never the token.
     *
     * @param hash    HMAC-SHA-256 of the token, hex
     * @param kind    single-use or campaign
     * @param label   the team's name for it
     * @param created when it was made, ISO-8601
     * @param closed  spent or closed
     */
    public record Invite(String hash, Kind kind, String label, String created, boolean closed) {
        /** Checks presence. */
        public Invite {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(created, "created");
        }
    }

    /** Counts only; never a token or hash. */
    @Override
    public synchronized String toString() {
        return "InviteBook[" + invites.size() + " invitations]";
    }
}
