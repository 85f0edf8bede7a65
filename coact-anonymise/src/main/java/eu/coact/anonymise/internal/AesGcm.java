package eu.coact.anonymise.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per message, stored in front of the
 * ciphertext. Used where encryption need not be deterministic: the identity vault's records
 * and wrapped keys.
 */
public final class AesGcm {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private AesGcm() {}

    /**
     * Encrypts and authenticates.
     *
     * @param key       32 bytes
     * @param plaintext the secret
     * @param aad       bound to the ciphertext: opening with other bytes fails
     * @return nonce, ciphertext and tag
     */
    public static byte[] seal(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = StrongRandom.bytes(NONCE);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", null);
        }
    }

    /**
     * Decrypts and checks.
     *
     * @param key    32 bytes
     * @param sealed what {@link #seal} returned
     * @param aad    the same bytes as when sealing
     * @return the plaintext, or empty when the key, the bytes or the aad differ
     */
    public static Optional<byte[]> open(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(aad);
            return Optional.of(cipher.doFinal(sealed, NONCE, sealed.length - NONCE));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", null);
        }
    }
}
