package eu.coact.anonymise.internal;

import eu.coact.anonymise.KeyStoreAccessException;
import eu.coact.anonymise.KeyStoreAccessException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vault's key store in password mode: a BCFKS file holding the vault master key (which
 * never changes: it checks the password and derives the keys of the vault's format 1) and the
 * current epoch key, whose number is part of its alias. The password is kept in memory while
 * the vault is open, to rewrite the file at every forget, and wiped on {@link #close()}.
 * Opening a file written with weaker key derivation than {@link Bcfks} uses today rewrites it.
 */
public final class PasswordKeyStore implements VaultKeyStore {

    private static final String MASTER_ALIAS = "vault-master";
    private static final Pattern EPOCH_ALIAS = Pattern.compile("vault-epoch-(\\d{1,18})");

    private final Path file;
    private final char[] password;
    private final byte[] master;
    private Optional<EpochKey> epoch;

    private PasswordKeyStore(Path file, char[] password, byte[] master, Optional<EpochKey> epoch) {
        this.file = file;
        this.password = password.clone();
        this.master = master;
        this.epoch = epoch;
    }

    /**
     * Creates the file with a new master key and a first epoch key. The caller has checked the
     * password's strength.
     *
     * @param file     where
     * @param password its password
     * @return the open store
     */
    public static PasswordKeyStore create(Path file, char[] password) {
        PasswordKeyStore store = new PasswordKeyStore(
                file, password, StrongRandom.bytes(EpochKey.LENGTH), Optional.of(EpochKey.first(1)));
        store.write(store.epoch.orElseThrow());
        return store;
    }

    /**
     * Opens an existing file, upgrading its key derivation when it is weaker than today's.
     *
     * @param file     where
     * @param password its password
     * @return the open store
     * @throws KeyStoreAccessException for a wrong password, a damaged file or foreign content
     */
    public static PasswordKeyStore open(Path file, char[] password) {
        Map<String, byte[]> entries = Bcfks.read(file, password);
        byte[] master = entries.remove(MASTER_ALIAS);
        if (master == null) {
            throw new KeyStoreAccessException(
                    Reason.UNEXPECTED_CONTENT, "the keystore " + file + " holds no vault master key", null);
        }
        Optional<EpochKey> epoch = Optional.empty();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Matcher m = EPOCH_ALIAS.matcher(entry.getKey().toLowerCase(Locale.ROOT));
            if (!m.matches() || epoch.isPresent() || entry.getValue().length != EpochKey.LENGTH) {
                throw new KeyStoreAccessException(
                        Reason.UNEXPECTED_CONTENT,
                        "the keystore " + file + " holds entries this library did not write",
                        null);
            }
            epoch = Optional.of(new EpochKey(Long.parseLong(m.group(1)), entry.getValue()));
            Arrays.fill(entry.getValue(), (byte) 0);
        }
        PasswordKeyStore store = new PasswordKeyStore(file, password, master, epoch);
        if (epoch.isPresent() && !Bcfks.protectionOf(file).current()) {
            store.write(epoch.get());
        }
        return store;
    }

    /**
     * The vault master key (not a copy).
     *
     * @return the bytes
     */
    public byte[] master() {
        return master;
    }

    @Override
    public Optional<EpochKey> epoch() {
        return epoch;
    }

    @Override
    public void commit(EpochKey next) throws IOException {
        try {
            write(next);
        } catch (KeyStoreAccessException e) {
            throw new IOException("the vault keystore cannot be written", e);
        }
        epoch = Optional.of(next);
    }

    private void write(EpochKey next) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MASTER_ALIAS, master);
        entries.put(String.format(Locale.ROOT, "vault-epoch-%d", next.number()), next.secret());
        Bcfks.write(file, entries, password);
    }

    @Override
    public void destroy() throws IOException {
        SafeFiles.shred(file);
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public void close() {
        Arrays.fill(password, ' ');
        Arrays.fill(master, (byte) 0);
    }

    /** The file name only. */
    @Override
    public String toString() {
        return "PasswordKeyStore[" + fileName() + "]";
    }
}
