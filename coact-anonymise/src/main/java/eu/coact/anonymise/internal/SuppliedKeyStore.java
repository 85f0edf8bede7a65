package eu.coact.anonymise.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The vault's key store when the application supplies the master key: the file
 * {@code vault.epoch} holds the current epoch key sealed (AES-256-GCM) under a key derived from
 * the master key: format byte 2, the epoch number (8 bytes), the sealed key. The master key
 * cannot be rotated by the vault, so this file plays the part of the keystore: a backup of it
 * brings back, with the master key, everyone forgotten since.
 */
public final class SuppliedKeyStore implements VaultKeyStore {

    private static final byte FORMAT = 2;
    private static final int HEADER = 1 + Long.BYTES;

    private final Path file;
    private final byte[] wrappingKey;
    private Optional<EpochKey> epoch;

    private SuppliedKeyStore(Path file, byte[] wrappingKey, Optional<EpochKey> epoch) {
        this.file = file;
        this.wrappingKey = wrappingKey.clone();
        this.epoch = epoch;
    }

    /**
     * Opens the file, or notes that there is none yet.
     *
     * @param file   where
     * @param master the supplied master key, from which this file's key is derived
     * @return the store
     * @throws IOException when the file cannot be read
     * @throws IllegalStateException when the file fails authentication (the caller reports it)
     */
    public static SuppliedKeyStore open(Path file, byte[] master) throws IOException {
        byte[] wrappingKey = new HmacSha256(master).mac("coact/vault/v2/epoch".getBytes(StandardCharsets.US_ASCII));
        try {
            return openWith(file, wrappingKey);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private static SuppliedKeyStore openWith(Path file, byte[] wrappingKey) throws IOException {
        if (!Files.exists(file)) {
            return new SuppliedKeyStore(file, wrappingKey, Optional.empty());
        }
        byte[] content = Files.readAllBytes(file);
        if (content.length <= HEADER || content[0] != FORMAT) {
            throw new IllegalStateException("not an epoch file");
        }
        long number = ByteBuffer.wrap(content, 1, Long.BYTES).getLong();
        byte[] secret = AesGcm.open(wrappingKey, Arrays.copyOfRange(content, HEADER, content.length), context(number))
                .orElseThrow(() -> new IllegalStateException("the epoch file fails authentication"));
        try {
            return new SuppliedKeyStore(file, wrappingKey, Optional.of(new EpochKey(number, secret)));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public Optional<EpochKey> epoch() {
        return epoch;
    }

    @Override
    public void commit(EpochKey next) throws IOException {
        byte[] sealed = AesGcm.seal(wrappingKey, next.secret(), context(next.number()));
        SafeFiles.writeAtomically(
                file,
                ByteBuffer.allocate(HEADER + sealed.length)
                        .put(FORMAT)
                        .putLong(next.number())
                        .put(sealed)
                        .array());
        epoch = Optional.of(next);
    }

    private static byte[] context(long number) {
        return ("coact/vault/v2/epoch/" + number).getBytes(StandardCharsets.US_ASCII);
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
        Arrays.fill(wrappingKey, (byte) 0);
    }

    /** The file name only. */
    @Override
    public String toString() {
        return "SuppliedKeyStore[" + fileName() + "]";
    }
}
