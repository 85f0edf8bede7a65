package eu.coact.anonymise;

import eu.coact.anonymise.IdentityVaultException.Reason;
import eu.coact.anonymise.internal.EpochKey;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.anonymise.internal.LookupTag;
import eu.coact.anonymise.internal.PasswordKeyStore;
import eu.coact.anonymise.internal.Rotation;
import eu.coact.anonymise.internal.SafeFiles;
import eu.coact.anonymise.internal.StepHook;
import eu.coact.anonymise.internal.StrongRandom;
import eu.coact.anonymise.internal.VaultFiles;
import eu.coact.anonymise.internal.VaultKeyStore;
import eu.coact.anonymise.internal.VaultRecord;
import eu.coact.anonymise.internal.WrappedKey;
import eu.coact.core.Pseudonym;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The only place a channel identity (a Telegram id, a phone number, an e-mail) is kept. Each
 * participant gets a random pseudonym; their identity is encrypted at rest under a key of
 * their own, which is itself wrapped under the vault's current <em>epoch key</em>. Forgetting one
 * participant replaces the epoch key by a new one, re-wraps everyone else's key under it and
 * destroys the old one: the forgotten participant's key, even from a backup of the vault's
 * files, opens for no one. Forgetting everyone destroys the epoch key and every record
 * (crypto-shredding). Pseudonyms are random, not computed from the identity, and nothing on disk
 * is computed from an identity except under its participant's key.
 *
 * <pre>{@code
 * try (IdentityVault vault = IdentityVault.openWithPassword(dir, password)) {
 *     Pseudonym p = vault.admit(ChannelIdentity.of("telegram", chatId)); // same person, same pseudonym
 *     Optional<ChannelIdentity> who = vault.identityOf(p);             // to send them a message
 *     vault.forget(p);                                                 // they asked to be forgotten
 * }
 * }</pre>
 *
 * <p>Files in the vault directory: the <em>key store</em> holding the epoch key
 * ({@code vault.bcfks}, with the master key, in password mode; {@code vault.epoch}, sealed under
 * the supplied key, otherwise) — the one file to keep out of backups; {@code vault.check}
 * (detects a wrong key); {@code keys/<pseudonym>.key} (a participant's key, wrapped under the
 * epoch key); {@code participants/<pseudonym>.id} (the encrypted identity); and, while a forget
 * is under way, {@code rotation.pending} and {@code keys/<pseudonym>.next}. Every write is atomic
 * and private to the owner; a forget or admission interrupted at any point is finished or undone
 * when the vault is next opened. Thread-safe; one process per directory.
 */
public final class IdentityVault implements AutoCloseable {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final VaultFiles files;
    private final VaultKeyStore store;
    private final byte[] legacyWrappingKey;
    private final HmacSha256 lookup;
    private final Map<LookupTag, Pseudonym> byTag = new HashMap<>();
    private final Map<Pseudonym, LookupTag> byPseudonym = new HashMap<>();
    private EpochKey epoch;
    private StepHook hook = step -> {};
    private boolean open = true;

    private IdentityVault(Path directory, VaultKeyStore store, byte[] legacyWrappingKey) {
        this.files = new VaultFiles(directory);
        this.store = store;
        this.legacyWrappingKey = legacyWrappingKey;
        // Only in memory, new at every opening: nothing stored is derived from an identity.
        byte[] session = StrongRandom.bytes(32);
        this.lookup = new HmacSha256(session);
        Arrays.fill(session, (byte) 0);
    }

    /**
     * Opens (or creates) a vault whose master and epoch keys are kept in a password-protected
     * BCFKS keystore inside the directory.
     *
     * @param directory the vault directory, created (private to the owner) when missing
     * @param password  for a new vault, a strong password (see {@link WeakPasswordException});
     *                  for an existing one, the password it was created with
     * @return the open vault
     * @throws IdentityVaultException {@code WRONG_KEY} for a wrong password
     * @throws WeakPasswordException  when a new vault's password is too weak
     */
    public static IdentityVault openWithPassword(Path directory, char[] password) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(password, "password");
        PasswordKeyStore store = VaultKeyStores.withPassword(directory, password);
        return start(directory, store, store.master());
    }

    /**
     * Opens (or creates) a vault whose master key the application supplies and keeps (e.g. in
     * a hardware module or its secret manager). The epoch key is kept in {@code vault.epoch},
     * sealed under the master key: keep that file out of backups as one would a keystore.
     *
     * @param directory the vault directory, created (private to the owner) when missing
     * @param masterKey the master key; the vault keeps its own derived keys, not this object
     * @return the open vault
     * @throws IdentityVaultException {@code WRONG_KEY} when the directory belongs to another key
     */
    public static IdentityVault openWithKey(Path directory, PseudonymKey masterKey) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(masterKey, "master key");
        byte[] master = masterKey.secret();
        return start(directory, VaultKeyStores.withKey(directory, master), master);
    }

    private static IdentityVault start(Path directory, VaultKeyStore store, byte[] master) {
        byte[] legacy = new HmacSha256(master).mac("coact/vault/v1/wrap".getBytes(StandardCharsets.US_ASCII));
        IdentityVault vault = new IdentityVault(directory, store, legacy);
        try {
            vault.checkKey();
            vault.recover();
            vault.loadIndex();
            return vault;
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    private void checkKey() {
        try {
            if (!files.checkOrCreate(legacyWrappingKey)) {
                throw new IdentityVaultException(
                        Reason.WRONG_KEY,
                        "this key does not open the vault in "
                                + files.directory().getFileName(),
                        null);
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault check file cannot be used", e);
        }
    }

    /** Finishes or undoes what an interruption left, and moves a vault from before epochs to one. */
    private void recover() {
        try {
            files.prepare();
            Optional<EpochKey> stored = store.epoch();
            Optional<Rotation.Pending> pending = Rotation.pending(files);
            if (stored.isEmpty()) {
                if (files.keysWithEpoch() > 0) {
                    throw new IdentityVaultException(
                            Reason.DAMAGED,
                            "the participants' keys need an epoch key but "
                                    + store.fileName()
                                    + " holds none: it was replaced by an older copy; the vault cannot"
                                    + " be opened",
                            null);
                }
                Rotation.undo(files);
                rotate(Optional.empty());
                return;
            }
            epoch = new EpochKey(stored.get().number(), stored.get().secret());
            if (pending.isPresent() && pending.get().epoch() == epoch.number()) {
                Rotation.finish(files, pending.get());
            } else {
                Rotation.undo(files);
            }
            int stale = files.keysOutsideEpoch(epoch.number());
            if (stale > 0) {
                throw new IdentityVaultException(
                        Reason.DAMAGED,
                        stale + " participant key(s) in "
                                + files.keysDirectory().getFileName() + " belong to another epoch than "
                                + store.fileName()
                                + " (restored from a backup without their key store, or the key store from an older one);"
                                + " no one can read them, and the vault does not open until they are moved away",
                        null);
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault could not finish an interrupted change", e);
        }
    }

    private void loadIndex() {
        try {
            for (Path record : files.records()) {
                Optional<Pseudonym> pseudonym = VaultFiles.pseudonymOf(record, VaultFiles.RECORD_SUFFIX);
                if (pseudonym.isEmpty() || !Files.exists(files.keyFile(pseudonym.get()))) {
                    // An interrupted forget from before epochs: the key is gone, the record unreadable.
                    SafeFiles.shred(record);
                    continue;
                }
                try {
                    LookupTag tag = tagOf(read(pseudonym.get(), true));
                    byTag.put(tag, pseudonym.get());
                    byPseudonym.put(pseudonym.get(), tag);
                } catch (IdentityVaultException e) {
                    // Known but unreadable: identityOf reports it as damaged; the others stay usable.
                    byPseudonym.put(pseudonym.get(), new LookupTag(StrongRandom.bytes(HmacSha256.LENGTH)));
                }
            }
            for (Path keyFile : files.keys()) {
                Optional<Pseudonym> pseudonym = VaultFiles.pseudonymOf(keyFile, VaultFiles.KEY_SUFFIX);
                if (pseudonym.isEmpty() || !byPseudonym.containsKey(pseudonym.get())) {
                    // An interrupted admission: a key without a record.
                    SafeFiles.shred(keyFile);
                }
            }
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault records cannot be read", e);
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
        LookupTag tag = tagOf(identity);
        Pseudonym existing = byTag.get(tag);
        if (existing != null) {
            return existing;
        }
        Pseudonym pseudonym = new Pseudonym(ENCODER.encodeToString(StrongRandom.bytes(32)));
        byte[] dataKey = StrongRandom.bytes(32);
        try {
            byte[] record = VaultRecord.seal(dataKey, pseudonym.value(), identity.encoded());
            // Key first: a crash in between leaves a key without a record, removed on open.
            SafeFiles.writeAtomically(files.keyFile(pseudonym), WrappedKey.seal(epoch, pseudonym.value(), dataKey));
            SafeFiles.writeAtomically(files.recordFile(pseudonym), record);
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
        if (!byPseudonym.containsKey(pseudonym)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(pseudonym, false));
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault record of " + pseudonym + " cannot be read", e);
        }
    }

    /** Decrypts a record; a format-1 record is rewritten in format 2 when {@code upgrade}. */
    private ChannelIdentity read(Pseudonym pseudonym, boolean upgrade) throws IOException {
        byte[] dataKey = unwrapFile(pseudonym);
        try {
            Path recordFile = files.recordFile(pseudonym);
            byte[] record = Files.readAllBytes(recordFile);
            byte[] plain = VaultRecord.open(dataKey, pseudonym.value(), record).orElseThrow(() -> damaged(recordFile));
            if (upgrade && VaultRecord.isLegacy(record)) {
                SafeFiles.writeAtomically(recordFile, VaultRecord.seal(dataKey, pseudonym.value(), plain));
            }
            ChannelIdentity identity = ChannelIdentity.decode(plain);
            Arrays.fill(plain, (byte) 0);
            return identity;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] unwrapFile(Pseudonym pseudonym) throws IOException {
        return unwrap(pseudonym, Files.readAllBytes(files.keyFile(pseudonym)));
    }

    private byte[] unwrap(Pseudonym pseudonym, byte[] content) {
        Optional<byte[]> key = WrappedKey.isLegacy(content)
                ? WrappedKey.openLegacy(legacyWrappingKey, pseudonym.value(), content)
                : WrappedKey.open(epoch, pseudonym.value(), content);
        return key.orElseThrow(() -> damaged(files.keyFile(pseudonym)));
    }

    /**
     * Forgets one participant. A new epoch key is made, everyone else's key is re-wrapped under
     * it, and it replaces the old epoch key in the key store; from then on, the participant's key
     * — on disk, in a backup, anywhere — is wrapped under a key that no longer exists. Their
     * files are then deleted. If they come back, they get a new pseudonym unrelated to the old
     * one. Interrupted at any point (a crash, a full disk), the vault opens next time having
     * either forgotten them or not, and with everyone else intact.
     *
     * @param pseudonym the participant
     * @return true when the vault knew them
     */
    public synchronized boolean forget(Pseudonym pseudonym) {
        ensureOpen();
        if (!byPseudonym.containsKey(pseudonym)) {
            return false;
        }
        rotate(Optional.of(pseudonym));
        byTag.remove(byPseudonym.remove(pseudonym));
        return true;
    }

    /**
     * Replaces the epoch key, re-wrapping every key but the forgotten one's, then deletes the
     * forgotten one's files (see {@link Rotation} for the steps and how a crash is recovered).
     */
    private void rotate(Optional<Pseudonym> forgotten) {
        EpochKey next = epoch == null ? EpochKey.first(1) : epoch.successor();
        Rotation.Pending pending = new Rotation.Pending(next.number(), forgotten);
        boolean committed = false;
        try {
            Rotation.begin(files, pending);
            hook.at("began");
            Rotation.rewrap(files, next, pending, this::unwrapFile, hook);
            store.commit(next);
            committed = true;
            if (epoch != null) {
                epoch.destroy();
            }
            epoch = next;
            hook.at("committed");
            Rotation.finish(files, pending, hook);
        } catch (IOException | RuntimeException e) {
            if (!committed) {
                next.destroy();
                try {
                    Rotation.undo(files);
                } catch (IOException ignored) {
                    // Undone on the next opening.
                }
                if (e instanceof IdentityVaultException refused) {
                    throw refused;
                }
                throw new IdentityVaultException(
                        Reason.STORAGE,
                        "the vault could not "
                                + forgotten.map(p -> "forget " + p).orElse("renew its epoch key") + "; nothing changed",
                        e);
            }
            close();
            throw new IdentityVaultException(
                    Reason.STORAGE,
                    forgotten.map(p -> p + " is forgotten, but ").orElse("")
                            + "the vault could not tidy its files; it is closed and finishes when next opened",
                    e);
        }
    }

    /**
     * Forgets everyone: destroys the key store (or, with a supplied master key, the epoch file)
     * and then every participant's key and record. The vault is closed afterwards; opening the
     * directory again starts an empty vault (with a supplied key, supply a new one).
     */
    public synchronized void forgetEveryone() {
        ensureOpen();
        try {
            SafeFiles.shred(files.directory().resolve(VaultFiles.CHECK));
            store.destroy();
            files.shredAll();
        } catch (IOException e) {
            throw new IdentityVaultException(
                    Reason.STORAGE,
                    "the vault could not finish forgetting everyone;"
                            + " the key store is destroyed first, so nothing left can be decrypted",
                    e);
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
     * Wipes the keys held in memory and drops the index; the vault cannot be used afterwards.
     */
    @Override
    public synchronized void close() {
        open = false;
        Arrays.fill(legacyWrappingKey, (byte) 0);
        if (epoch != null) {
            epoch.destroy();
        }
        store.close();
        byTag.clear();
        byPseudonym.clear();
    }

    /** Names the directory only. */
    @Override
    public String toString() {
        return "IdentityVault[" + files.directory().getFileName() + (open ? "" : ", closed") + "]";
    }

    /** Lets a test stop a forget between two steps, as a crash would. */
    synchronized void interruptWith(StepHook stepHook) {
        this.hook = Objects.requireNonNull(stepHook, "hook");
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("this identity vault is closed");
        }
    }

    private LookupTag tagOf(ChannelIdentity identity) {
        return new LookupTag(lookup.mac(identity.encoded()));
    }

    private static IdentityVaultException damaged(Path file) {
        return new IdentityVaultException(
                Reason.DAMAGED,
                "the vault file " + file.getFileName() + " fails authentication: it was changed or damaged",
                null);
    }
}
