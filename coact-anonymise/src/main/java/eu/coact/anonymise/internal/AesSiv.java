package eu.coact.anonymise.internal;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Deterministic authenticated encryption, AES-SIV as specified in RFC 5297, built from Bouncy
 * Castle's AES-CMAC and AES-CTR (the JDK has neither SIV nor CMAC). The same key, associated
 * data and plaintext always give the same ciphertext; any change to the ciphertext, or a
 * different key, makes {@link #open} return empty.
 *
 * <p>Not thread-safe: one instance per use or per thread.
 */
public final class AesSiv {

    private static final int BLOCK = 16;

    private final CMac mac = new CMac(AESEngine.newInstance());
    private final CTRModeCipher ctr = SICBlockCipher.newInstance(AESEngine.newInstance());
    private final KeyParameter macKey;
    private final KeyParameter ctrKey;

    /**
     * Prepares a key.
     *
     * @param key 32, 48 or 64 bytes: the first half is the CMAC key, the second the CTR key
     */
    public AesSiv(byte[] key) {
        if (key.length != 32 && key.length != 48 && key.length != 64) {
            throw new IllegalArgumentException("an AES-SIV key has 32, 48 or 64 bytes");
        }
        int half = key.length / 2;
        macKey = new KeyParameter(key, 0, half);
        ctrKey = new KeyParameter(key, half, half);
    }

    /**
     * Encrypts: the 16-byte synthetic IV followed by the ciphertext.
     *
     * @param plaintext  what to encrypt
     * @param associated data bound to the ciphertext but not encrypted (each part separately)
     * @return IV and ciphertext
     */
    public byte[] seal(byte[] plaintext, byte[]... associated) {
        byte[] v = s2v(plaintext, associated);
        byte[] out = new byte[BLOCK + plaintext.length];
        System.arraycopy(v, 0, out, 0, BLOCK);
        crypt(v, plaintext, 0, plaintext.length, out, BLOCK);
        return out;
    }

    /**
     * Decrypts and authenticates.
     *
     * @param sealed     IV and ciphertext as made by {@link #seal}
     * @param associated the same associated data as when sealing
     * @return the plaintext, or empty when the input is not authentic under this key
     */
    public Optional<byte[]> open(byte[] sealed, byte[]... associated) {
        if (sealed.length < BLOCK) {
            return Optional.empty();
        }
        byte[] v = Arrays.copyOf(sealed, BLOCK);
        byte[] plaintext = new byte[sealed.length - BLOCK];
        crypt(v, sealed, BLOCK, plaintext.length, plaintext, 0);
        byte[] expected = s2v(plaintext, associated);
        if (!ConstantTime.equal(expected, v)) {
            Arrays.fill(plaintext, (byte) 0);
            return Optional.empty();
        }
        return Optional.of(plaintext);
    }

    private void crypt(byte[] v, byte[] in, int inOff, int length, byte[] out, int outOff) {
        byte[] q = v.clone();
        // RFC 5297 section 2.6: clear bit 31 and bit 63 of the counter.
        q[8] &= 0x7f;
        q[12] &= 0x7f;
        ctr.init(true, new ParametersWithIV(ctrKey, q));
        ctr.processBytes(in, inOff, length, out, outOff);
    }

    private byte[] s2v(byte[] plaintext, byte[]... associated) {
        byte[] d = cmac(new byte[BLOCK]);
        for (byte[] part : associated) {
            d = xor(dbl(d), cmac(part));
        }
        byte[] t;
        if (plaintext.length >= BLOCK) {
            t = plaintext.clone();
            int start = t.length - BLOCK;
            for (int i = 0; i < BLOCK; i++) {
                t[start + i] ^= d[i];
            }
        } else {
            byte[] padded = new byte[BLOCK];
            System.arraycopy(plaintext, 0, padded, 0, plaintext.length);
            padded[plaintext.length] = (byte) 0x80;
            t = xor(dbl(d), padded);
        }
        return cmac(t);
    }

    private byte[] cmac(byte[] input) {
        mac.init(macKey);
        mac.update(input, 0, input.length);
        byte[] out = new byte[BLOCK];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] dbl(byte[] in) {
        byte[] out = new byte[BLOCK];
        int carry = 0;
        for (int i = BLOCK - 1; i >= 0; i--) {
            int b = in[i] & 0xff;
            out[i] = (byte) ((b << 1) | carry);
            carry = b >>> 7;
        }
        // Constant time: the reduction is applied through a mask, not a branch.
        out[BLOCK - 1] ^= (byte) (0x87 & -carry);
        return out;
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
