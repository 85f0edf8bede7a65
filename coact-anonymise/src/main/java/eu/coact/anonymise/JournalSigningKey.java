package eu.coact.anonymise;

import eu.coact.core.journal.CheckpointSigner;
import eu.coact.core.journal.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The Ed25519 key that signs a study's journal checkpoints, derived from the study's
 * {@link KeyRing} so that it needs no key file of its own: the seed is
 * {@code HMAC-SHA256(key, "coact.journal.signing.v1")}, which reveals nothing about the
 * pseudonym key it comes from. Whoever holds the ring can sign; whoever holds the derived
 * public keys ({@link #trusted}) can only check.
 *
 * <pre>{@code
 * KeyRing ring = KeyRingStore.load(file, password);
 * try (FileJournal journal = FileJournal.builder(dir).signedBy(JournalSigningKey.signer(ring)).open()) { ... }
 * }</pre>
 */
public final class JournalSigningKey {

    private static final byte[] LABEL = "coact.journal.signing.v1".getBytes(StandardCharsets.US_ASCII);

    private JournalSigningKey() {}

    /**
     * The signer derived from the ring's current key.
     *
     * @param ring the study's key ring
     * @return the signer
     */
    public static CheckpointSigner signer(KeyRing ring) {
        return signer(Objects.requireNonNull(ring, "ring").current());
    }

    /**
     * The signer derived from one key.
     *
     * @param key a pseudonym key of the study
     * @return the signer
     */
    public static CheckpointSigner signer(PseudonymKey key) {
        byte[] seed = seed(Objects.requireNonNull(key, "key"));
        try {
            return CheckpointSigner.ed25519(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * The public keys of every key on the ring (current and still accepted), to verify journals
     * signed before a rotation.
     *
     * @param ring the study's key ring
     * @return the trusted public keys
     */
    public static TrustedKeys trusted(KeyRing ring) {
        List<byte[]> keys = ring.keys().stream().map(k -> signer(k).publicKey()).toList();
        return TrustedKeys.of(keys);
    }

    private static byte[] seed(PseudonymKey key) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key.secret()));
        mac.update(LABEL, 0, LABEL.length);
        byte[] seed = new byte[mac.getMacSize()];
        mac.doFinal(seed, 0);
        return seed;
    }
}
