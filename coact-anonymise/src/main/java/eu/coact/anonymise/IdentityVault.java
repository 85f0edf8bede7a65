package eu.coact.anonymise;

import eu.coact.anonymise.IdentityVaultException.Reason;
import eu.coact.anonymise.internal.AesGcm;
import eu.coact.anonymise.internal.Bcfks;
import eu.coact.anonymise.internal.ConstantTime;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.anonymise.internal.SafeFiles;
import eu.coact.anonymise.internal.StrongRandom;
import eu.coact.core.Pseudonym;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The only place a channel identity (a Telegram id, a phone number, an e-mail) is kept. Each
 * participant gets a random pseudonym; their identity is encrypted at rest under a key of
 * their own, which is itself encrypted under the vault's master key. Forgetting one participant
 * destroys their key and record; forgetting everyone destroys the master key and every record
 * (crypto-shredding). Because pseudonyms are random, not computed from the identity, nothing
 * left in the system — journal, exports, backups of the vault without its keys — maps back to
 * a forgotten person, whatever keys an attacker later obtains.
 *
 * <pre>{@code
 * try (IdentityVault vault = IdentityVault.openWithPassword(dir, password)) {
 *     Pseudonym p = vault.admit(ChannelIdentity.of("telegram", chatId)); // same person, same pseudonym
 *     Optional<ChannelIdentity> who = vault.identityOf(p);             // to send them a message
 *     vault.forget(p);                                                 // they asked to be forgotten
 * }
 * }</pre>
 *
 * <p>Files in the vault directory: {@code vault.bcfks} (master key, password mode only),
 * {@code vault.check} (detects a wrong key), {@code keys/<pseudonym>.key} (a participant's
 * wrapped key) and {@code participants/<pseudonym>.id} (the encrypted identity and a keyed
 * lookup tag). Every write is atomic; an interrupted admission or forget is completed when the
 * vault is next opened. Thread-safe; one process per directory.
 */
public final class IdentityVault implements AutoCloseable {

    private static final String KEYSTORE = "vault.bcfks";
    private static final String CHECK = "vault.check";
    private static final String MASTER_ALIAS = "vault-master";
    private static final String KEYS = "keys";
    private static final String PARTICIPANTS = "participants";
    private static final byte FORMAT = 1;
    private static final byte[] CHECK_TEXT = "coact identity vault v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Path directory;
    private final Optional<Path> keystore;
    private final byte[] wrappingKey;
    private final HmacSha256 lookup;
    private final Map<Tag, Pseudonym> byTag = new HashMap<>();
    private final Map<Pseudonym, Tag> byPseudonym = new HashMap<>();
    private boolean open = true;

    private IdentityVault(Path directory, Optional<Path> keystore, byte[] master) {
        this.directory = directory;
        this.keystore = keystore;
        HmacSha256 derive = new HmacSha256(master);
        this.wrappingKey = derive.mac("coact/vault/v1/wrap".getBytes(StandardCharsets.US_ASCII));
        this.lookup = new HmacSha256(derive.mac("coact/vault/v1/lookup".getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Opens (or creates) a vault whose master key is kept in a password-protected BCFKS
     * keystore inside the directory.
     *
     * @param directory the vault directory, created when missing
     * @param password  at least 12 characters
     * @return the open vault
     * @throws IdentityVaultException {@code WRONG_KEY} for a wrong password
     */
    public static IdentityVault openWithPassword(Path directory, char[] password) {
        Objects.requireNonNull(directory, "directory");
        Bcfks.checkPassword(password);
        Path file = directory.resolve(KEYSTORE);
        byte[] master;
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                master = Bcfks.read(file, password).get(MASTER_ALIAS);
                if (master == null) {
                    throw new IdentityVaultException(Reason.DAMAGED, "the keystore " + file
                            + " holds no vault master key", null);
                }
            } else {
                refuseExistingRecords(directory);
                master = StrongRandom.bytes(PseudonymKey.GENERATED_LENGTH);
                Bcfks.write(file, Map.of(MASTER_ALIAS, master), password);
            }
        } catch (KeyStoreAccessException e) {
            Reason reason = e.reason() == KeyStoreAccessException.Reason.WRONG_PASSWORD_OR_DAMAGED
                    ? Reason.WRONG_KEY : Reason.STORAGE;
            throw new IdentityVaultException(reason, "the vault keystore cannot be opened: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault directory cannot be created", e);
        }
        try {
            return start(directory, Optional.of(file), master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /**
     * Opens (or creates) a vault whose master key the application supplies and keeps (e.g. in
     * a hardware module or its secret manager). Nothing in the directory can open it without
     * that key.
     *
     * @param directory the vault directory, created when missing
     * @param masterKey the master key; the vault keeps its own derived keys, not this object
     * @return the open vault
     * @throws IdentityVaultException {@code WRONG_KEY} when the directory belongs to another key
     */
    public static IdentityVault openWithKey(Path directory, PseudonymKey masterKey) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(masterKey, "master key");
        try {
            Files.createDirectories(directory);
            if (!Files.exists(directory.resolve(CHECK))) {
                refuseExistingRecords(directory);
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault directory cannot be created", e);
        }
        return start(directory, Optional.empty(), masterKey.secret());
    }

    private static void refuseExistingRecords(Path directory) throws IOException {
        if (Files.isDirectory(directory.resolve(PARTICIPANTS)) && !listFiles(directory.resolve(PARTICIPANTS)).isEmpty()) {
            throw new IdentityVaultException(Reason.WRONG_KEY, "the vault in " + directory.getFileName()
                    + " has records but its key is missing; it cannot be opened", null);
        }
    }

    private static IdentityVault start(Path directory, Optional<Path> keystore, byte[] master) {
        IdentityVault vault = new IdentityVault(directory, keystore, master);
        vault.checkKey();
        vault.loadIndex();
        return vault;
    }

    private void checkKey() {
        Path check = directory.resolve(CHECK);
        try {
            if (Files.exists(check)) {
                Optional<byte[]> text = AesGcm.open(wrappingKey, Files.readAllBytes(check), CHECK_TEXT);
                if (text.isEmpty() || !ConstantTime.equal(text.get(), CHECK_TEXT)) {
                    throw new IdentityVaultException(Reason.WRONG_KEY,
                            "this key does not open the vault in " + directory.getFileName(), null);
                }
            } else {
                SafeFiles.writeAtomically(check, AesGcm.seal(wrappingKey, CHECK_TEXT, CHECK_TEXT));
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault check file cannot be used", e);
        }
    }

    private void loadIndex() {
        try {
            Files.createDirectories(directory.resolve(KEYS));
            Files.createDirectories(directory.resolve(PARTICIPANTS));
            for (Path record : listFiles(directory.resolve(PARTICIPANTS))) {
                Optional<Pseudonym> pseudonym = pseudonymOfFile(record, ".id");
                Path keyFile = pseudonym.map(this::keyFile).orElse(null);
                if (pseudonym.isEmpty() || !Files.exists(keyFile)) {
                    // An interrupted forget: the key is gone, so the record can never be read.
                    SafeFiles.shred(record);
                    continue;
                }
                byte[] content = Files.readAllBytes(record);
                if (content.length < 1 + HmacSha256.LENGTH || content[0] != FORMAT) {
                    throw new IdentityVaultException(Reason.DAMAGED, "the vault record " + record.getFileName()
                            + " is not in the vault format", null);
                }
                Tag tag = new Tag(Arrays.copyOfRange(content, 1, 1 + HmacSha256.LENGTH));
                byTag.put(tag, pseudonym.get());
                byPseudonym.put(pseudonym.get(), tag);
            }
            for (Path keyFile : listFiles(directory.resolve(KEYS))) {
                Optional<Pseudonym> pseudonym = pseudonymOfFile(keyFile, ".key");
                if (pseudonym.isEmpty() || !byPseudonym.containsKey(pseudonym.get())) {
                    // An interrupted admission: a key without a record.
                    SafeFiles.shred(keyFile);
                }
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault records cannot be read", e);
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static Optional<Pseudonym> pseudonymOfFile(Path file, String suffix) {
        String name = file.getFileName().toString();
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pseudonym.of(name.substring(0, name.length() - suffix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The pseudonym of a channel identity, admitting it (storing it encrypted under a new
     * random pseudonym) when it is not in the vault yet. The same identity gets the same
     * pseudonym until it is forgotten; after that it gets a new, unrelated one.
     *
     * @param identity who
     * @return their pseudonym
     */
    public synchronized Pseudonym admit(ChannelIdentity identity) {
        ensureOpen();
        Tag tag = tagOf(identity);
        Pseudonym existing = byTag.get(tag);
        if (existing != null) {
            return existing;
        }
        Pseudonym pseudonym = new Pseudonym(ENCODER.encodeToString(StrongRandom.bytes(32)));
        byte[] dataKey = StrongRandom.bytes(32);
        try {
            byte[] wrapped = AesGcm.seal(wrappingKey, dataKey, keyContext(pseudonym));
            byte[] sealed = AesGcm.seal(dataKey, identity.encoded(), recordContext(pseudonym, tag));
            ByteBuffer record = ByteBuffer.allocate(1 + HmacSha256.LENGTH + sealed.length);
            record.put(FORMAT).put(tag.bytes).put(sealed);
            // Key first: a crash in between leaves a key without a record, removed on open.
            SafeFiles.writeAtomically(keyFile(pseudonym), wrapped);
            SafeFiles.writeAtomically(recordFile(pseudonym), record.array());
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault cannot store a new participant", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
        byTag.put(tag, pseudonym);
        byPseudonym.put(pseudonym, tag);
        return pseudonym;
    }

    /**
     * The pseudonym of an identity already in the vault, without admitting it.
     *
     * @param identity who
     * @return their pseudonym, or empty when they are not in the vault (never admitted, or
     *         forgotten)
     */
    public synchronized Optional<Pseudonym> find(ChannelIdentity identity) {
        ensureOpen();
        return Optional.ofNullable(byTag.get(tagOf(identity)));
    }

    /**
     * The channel identity behind a pseudonym, decrypted, e.g. to send a message.
     *
     * @param pseudonym the participant
     * @return their identity, or empty when the vault does not know them (or forgot them)
     * @throws IdentityVaultException {@code DAMAGED} when their files fail authentication
     */
    public synchronized Optional<ChannelIdentity> identityOf(Pseudonym pseudonym) {
        ensureOpen();
        Tag tag = byPseudonym.get(pseudonym);
        if (tag == null) {
            return Optional.empty();
        }
        byte[] dataKey = null;
        try {
            dataKey = AesGcm.open(wrappingKey, Files.readAllBytes(keyFile(pseudonym)), keyContext(pseudonym))
                    .orElseThrow(() -> damaged(keyFile(pseudonym)));
            byte[] record = Files.readAllBytes(recordFile(pseudonym));
            byte[] sealed = Arrays.copyOfRange(record, 1 + HmacSha256.LENGTH, record.length);
            byte[] encoded = AesGcm.open(dataKey, sealed, recordContext(pseudonym, tag))
                    .orElseThrow(() -> damaged(recordFile(pseudonym)));
            ChannelIdentity identity = ChannelIdentity.decode(encoded);
            Arrays.fill(encoded, (byte) 0);
            return Optional.of(identity);
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault record of " + pseudonym
                    + " cannot be read", e);
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /**
     * Forgets one participant: their key is destroyed first (after that, their record can never
     * be decrypted, even from a backup), then their record. If they come back, they get a new
     * pseudonym unrelated to the old one.
     *
     * @param pseudonym the participant
     * @return true when the vault knew them
     */
    public synchronized boolean forget(Pseudonym pseudonym) {
        ensureOpen();
        Tag tag = byPseudonym.remove(pseudonym);
        if (tag == null) {
            return false;
        }
        byTag.remove(tag);
        try {
            SafeFiles.shred(keyFile(pseudonym));
            SafeFiles.shred(recordFile(pseudonym));
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault could not finish forgetting " + pseudonym
                    + "; it is completed when the vault is next opened", e);
        }
        return true;
    }

    /**
     * Forgets everyone: destroys the master key (the keystore, or the vault's copy of a
     * supplied key) and then every participant's key and record. The vault is closed
     * afterwards; opening the directory again starts an empty vault (with a supplied key,
     * supply a new one).
     */
    public synchronized void forgetEveryone() {
        ensureOpen();
        try {
            SafeFiles.shred(directory.resolve(CHECK));
            if (keystore.isPresent()) {
                SafeFiles.shred(keystore.get());
            }
            for (Path keyFile : listFiles(directory.resolve(KEYS))) {
                SafeFiles.shred(keyFile);
            }
            for (Path record : listFiles(directory.resolve(PARTICIPANTS))) {
                SafeFiles.shred(record);
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault could not finish forgetting everyone;"
                    + " the master key is destroyed first, so nothing left can be decrypted", e);
        } finally {
            close();
        }
    }

    /**
     * How many participants the vault knows.
     *
     * @return the count
     */
    public synchronized int size() {
        ensureOpen();
        return byPseudonym.size();
    }

    /**
     * Wipes the wrapping key held in memory and drops the index; the vault cannot be used
     * afterwards.
     */
    @Override
    public synchronized void close() {
        open = false;
        Arrays.fill(wrappingKey, (byte) 0);
        byTag.clear();
        byPseudonym.clear();
    }

    /** Names the directory only. */
    @Override
    public String toString() {
        return "IdentityVault[" + directory.getFileName() + (open ? "" : ", closed") + "]";
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("this identity vault is closed");
        }
    }

    private Tag tagOf(ChannelIdentity identity) {
        return new Tag(lookup.mac(identity.encoded()));
    }

    private Path keyFile(Pseudonym pseudonym) {
        return directory.resolve(KEYS).resolve(pseudonym.value() + ".key");
    }

    private Path recordFile(Pseudonym pseudonym) {
        return directory.resolve(PARTICIPANTS).resolve(pseudonym.value() + ".id");
    }

    private static byte[] keyContext(Pseudonym pseudonym) {
        return ("coact/vault/v1/key/" + pseudonym.value()).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] recordContext(Pseudonym pseudonym, Tag tag) {
        byte[] prefix = ("coact/vault/v1/record/" + pseudonym.value() + "/").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(prefix, prefix.length + tag.bytes.length);
        System.arraycopy(tag.bytes, 0, out, prefix.length, tag.bytes.length);
        return out;
    }

    private static IdentityVaultException damaged(Path file) {
        return new IdentityVaultException(Reason.DAMAGED, "the vault file " + file.getFileName()
                + " fails authentication: it was changed or damaged", null);
    }

    /** A keyed lookup tag; equality in constant time. */
    private static final class Tag {
        private final byte[] bytes;

        Tag(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tag other && ConstantTime.equal(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            // The tag is already a keyed MAC: its first bytes are uniformly spread.
            return ByteBuffer.wrap(bytes).getInt();
        }
    }
}
