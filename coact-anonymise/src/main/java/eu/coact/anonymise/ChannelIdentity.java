package eu.coact.anonymise;

import eu.coact.anonymise.internal.ConstantTime;
import eu.coact.core.ChannelName;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Who a participant is on a channel: a Telegram chat id, a phone number, an e-mail address.
 * It exists only on the way in (to be turned into a {@link eu.coact.core.Pseudonym}) and inside
 * the {@link IdentityVault}. It never shows its value: {@link #toString()} names the channel
 * only, and no error message quotes it.
 */
public final class ChannelIdentity {

    private static final int MAX_LENGTH = 512;

    private final String channel;
    private final byte[] encoded;

    private ChannelIdentity(String channel, byte[] encoded) {
        this.channel = channel;
        this.encoded = encoded;
    }

    /**
     * The identity {@code value} on {@code channel}. The value is taken as written (normalised
     * to Unicode NFC): normalise phone numbers or e-mail case before, if your channel needs it.
     *
     * @param channel the channel name by the rule of {@link ChannelName}, e.g. {@code telegram}, {@code email}
     * @param value   the identity on that channel, 1 to 512 characters, no control characters
     * @return the identity
     * @throws IllegalArgumentException naming the rule broken, never quoting the value
     */
    public static ChannelIdentity of(String channel, String value) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(value, "identity");
        ChannelName.of(channel);
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a channel identity has 1 to " + MAX_LENGTH + " characters and is not blank");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("a channel identity cannot contain control characters");
            }
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFC);
        byte[] channelBytes = channel.getBytes(StandardCharsets.US_ASCII);
        byte[] valueBytes = normal.getBytes(StandardCharsets.UTF_8);
        // channel, a zero byte (never part of either), then the value: unambiguous.
        byte[] encoded = new byte[channelBytes.length + 1 + valueBytes.length];
        System.arraycopy(channelBytes, 0, encoded, 0, channelBytes.length);
        System.arraycopy(valueBytes, 0, encoded, channelBytes.length + 1, valueBytes.length);
        return new ChannelIdentity(channel, encoded);
    }

    /**
     * The channel this identity belongs to.
     *
     * @return the channel name
     */
    public String channel() {
        return channel;
    }

    /**
     * The identity value, for the one place that needs it: sending a message on the channel.
     * Do not store or log it.
     *
     * @return the value as given (NFC)
     */
    public String reveal() {
        int start = channel.length() + 1;
        return new String(encoded, start, encoded.length - start, StandardCharsets.UTF_8);
    }

    /** The unambiguous byte encoding that pseudonyms and the vault work on. */
    byte[] encoded() {
        return encoded;
    }

    static ChannelIdentity decode(byte[] encoded) {
        int zero = -1;
        for (int i = 0; i < encoded.length; i++) {
            if (encoded[i] == 0) {
                zero = i;
                break;
            }
        }
        if (zero <= 0) {
            throw new IllegalStateException("a stored identity record is malformed");
        }
        String channel = new String(encoded, 0, zero, StandardCharsets.US_ASCII);
        return new ChannelIdentity(channel, encoded.clone());
    }

    /** Equal when channel and value are equal; compared in constant time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelIdentity other && ConstantTime.equal(encoded, other.encoded);
    }

    /**
     * Depends on the channel only: not even an in-memory, unkeyed hash of the value exists.
     */
    @Override
    public int hashCode() {
        return channel.hashCode();
    }

    /** Names the channel only. */
    @Override
    public String toString() {
        return "ChannelIdentity[" + channel + ", value hidden]";
    }
}
