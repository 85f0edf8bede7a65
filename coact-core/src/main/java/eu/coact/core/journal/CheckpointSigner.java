package eu.coact.core.journal;

import eu.coact.core.journal.internal.Ed25519;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Signs a journal's checkpoints (see {@link Anchor}) with an Ed25519 key the caller holds. The
 * journal never stores the private key; whoever holds it can vouch for the journal's content,
 * and everyone else can only check.
 *
 * <p>Where the key comes from is the application's business: the study's key ring in
 * {@code coact-anonymise} derives one ({@code JournalSigningKey}), and {@link #ed25519} makes one
 * from any 32 secret bytes. Implementations are thread-safe.
 */
public interface CheckpointSigner {

    /** The 32-byte Ed25519 public key that checks this signer's signatures. */
    byte[] publicKey();

    /**
     * Signs a message.
     *
     * @param message the bytes to sign
     * @return the 64-byte Ed25519 signature
     */
    byte[] sign(byte[] message);

    /**
     * An Ed25519 signer from a 32-byte seed (the private key). The seed is copied; the caller
     * should wipe its own copy.
     *
     * @param seed 32 secret random (or derived) bytes
     * @return the signer
     */
    static CheckpointSigner ed25519(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        Ed25519PrivateKeyParameters key = Ed25519.privateKey(seed);
        byte[] publicKey = key.generatePublicKey().getEncoded();
        return new CheckpointSigner() {
            @Override
            public byte[] publicKey() {
                return publicKey.clone();
            }

            @Override
            public byte[] sign(byte[] message) {
                return Ed25519.sign(key, message);
            }

            /** Names the public key's fingerprint only. */
            @Override
            public String toString() {
                return "CheckpointSigner[Ed25519 " + TrustedKeys.fingerprint(publicKey) + "]";
            }
        };
    }
}
