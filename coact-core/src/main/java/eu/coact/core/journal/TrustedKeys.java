package eu.coact.core.journal;

import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.Ed25519;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The Ed25519 public keys whose checkpoint signatures a verifier accepts. Immutable and
 * thread-safe. With no trusted key, a checkpoint's signature is only checked against the key it
 * names itself, which shows accidental damage but not a forgery (anyone can sign with a key of
 * their own).
 */
public final class TrustedKeys {

    private static final TrustedKeys NONE = new TrustedKeys(List.of());

    private final List<byte[]> keys;

    private TrustedKeys(List<byte[]> keys) {
        this.keys = keys;
    }

    /** No trusted key: signatures are checked for consistency only. */
    public static TrustedKeys none() {
        return NONE;
    }

    /**
     * Trusts these public keys.
     *
     * @param publicKeys 32-byte Ed25519 public keys
     * @return the set
     */
    public static TrustedKeys of(List<byte[]> publicKeys) {
        List<byte[]> copies = new ArrayList<>();
        for (byte[] key : publicKeys) {
            if (Objects.requireNonNull(key, "public key").length != Ed25519.KEY_BYTES) {
                throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + key.length);
            }
            copies.add(key.clone());
        }
        return new TrustedKeys(List.copyOf(copies));
    }

    /**
     * Trusts one public key.
     *
     * @param publicKey a 32-byte Ed25519 public key
     * @return the set
     */
    public static TrustedKeys of(byte[] publicKey) {
        return of(List.of(publicKey));
    }

    /** True when no key is trusted. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * Whether a public key is one of these.
     *
     * @param publicKey the key
     * @return true if trusted
     */
    public boolean trusts(byte[] publicKey) {
        return keys.stream().anyMatch(k -> Arrays.equals(k, publicKey));
    }

    /**
     * These keys and one more.
     *
     * @param publicKey another 32-byte public key
     * @return the larger set
     */
    public TrustedKeys and(byte[] publicKey) {
        List<byte[]> all = new ArrayList<>(keys);
        all.add(publicKey);
        return of(all);
    }

    /**
     * A short, stable name for a public key in messages: the first 8 bytes of its SHA-256, in hex.
     *
     * @param publicKey the key
     * @return the fingerprint
     */
    public static String fingerprint(byte[] publicKey) {
        return HexFormat.of().formatHex(ChainHash.sha256().digest(publicKey), 0, 8);
    }

    /** Lists the keys' fingerprints. */
    @Override
    public String toString() {
        return "TrustedKeys" + keys.stream().map(TrustedKeys::fingerprint).toList();
    }
}
