package eu.coact.content.channel.internal;

import eu.coact.content.channel.ChannelIdentity;
import eu.coact.content.channel.ChannelPseudonyms;
import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 pseudonyms; one {@link Mac} per thread because a Mac is not thread-safe. */
public final class KeyedPseudonyms implements ChannelPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    /**
     * Keeps a copy of the key.
     *
     * @param key the secret, at least 32 bytes
     */
    public KeyedPseudonyms(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
        }
    }

    @Override
    public Pseudonym pseudonymOf(ChannelIdentity identity) {
        Mac mac = macs.get();
        // The length prefix keeps ("ab", "c") and ("a", "bc") apart.
        byte[] channel = identity.channel().getBytes(StandardCharsets.UTF_8);
        mac.update((byte) (channel.length >>> 8));
        mac.update((byte) channel.length);
        mac.update(channel);
        mac.update(identity.address().getBytes(StandardCharsets.UTF_8));
        return Pseudonym.of(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal()));
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "KeyedPseudonyms[HmacSHA256, key hidden]";
    }
}
