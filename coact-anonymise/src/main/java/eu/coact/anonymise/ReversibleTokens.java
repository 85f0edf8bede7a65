package eu.coact.anonymise;

import eu.coact.anonymise.internal.AesSiv;
import eu.coact.anonymise.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Reversible tokens for a data custodian: a value (typically a pseudonym) encrypted with
 * deterministic authenticated encryption (AES-SIV, RFC 5297), so that the same value always
 * gives the same token — tokens can still be joined and counted — while only the holder of the
 * key can turn a token back into the value. A token made under another key or another domain,
 * or changed in any way, is refused with {@link InvalidTokenException}.
 *
 * <pre>{@code
 * ReversibleTokens tokens = ReversibleTokens.of(custodianKey, domain);
 * String token = tokens.tokenFor(pseudonym.value());
 * String back = tokens.reveal(token);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ReversibleTokens {

    private static final String DERIVATION_LABEL = "coact/token/v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 4096;

    private final byte[] sivKey;
    private final byte[] associated;
    private final PseudonymDomain domain;

    private ReversibleTokens(PseudonymKey key, PseudonymDomain domain) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.associated = domain.encode(DERIVATION_LABEL);
        // 512 bits for AES-256-SIV, derived so that the custodian key is never used directly.
        HmacSha256 derive = new HmacSha256(key.secret());
        byte[] first = derive.mac(concat(associated, (byte) 1));
        byte[] second = derive.mac(concat(associated, (byte) 2));
        this.sivKey = new byte[64];
        System.arraycopy(first, 0, sivKey, 0, 32);
        System.arraycopy(second, 0, sivKey, 32, 32);
        Arrays.fill(first, (byte) 0);
        Arrays.fill(second, (byte) 0);
    }

    private static byte[] concat(byte[] a, byte b) {
        byte[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    /**
     * Tokens under a custodian key, bound to a domain.
     *
     * @param key    the custodian's key
     * @param domain the study and purpose the tokens are for
     * @return the token maker
     */
    public static ReversibleTokens of(PseudonymKey key, PseudonymDomain domain) {
        return new ReversibleTokens(Objects.requireNonNull(key, "key"), domain);
    }

    /**
     * The token of a value: deterministic, URL-safe, 22 characters plus about 4/3 of the
     * value's UTF-8 length.
     *
     * @param value the value to protect, e.g. a pseudonym
     * @return the token
     */
    public String tokenFor(String value) {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new AesSiv(sivKey).seal(plain, associated);
        Arrays.fill(plain, (byte) 0);
        return ENCODER.encodeToString(sealed);
    }

    /**
     * Turns a token back into its value.
     *
     * @param token a token made by {@link #tokenFor(String)} under the same key and domain
     * @return the value
     * @throws InvalidTokenException {@code MALFORMED} when it is not a token,
     *                               {@code NOT_AUTHENTIC} for another key, domain or any change
     */
    public String reveal(String token) throws InvalidTokenException {
        Objects.requireNonNull(token, "token");
        byte[] sealed;
        try {
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            sealed = DECODER.decode(token);
            // Base64 decoders ignore unused trailing bits: two strings would open to the same
            // value. Only the canonical spelling of a token is a token.
            if (!ENCODER.encodeToString(sealed).equals(token)) {
                throw new IllegalArgumentException("not canonical");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(
                    InvalidTokenException.Reason.MALFORMED,
                    "this is not a reversible token (wrong characters or length)");
        }
        Optional<byte[]> plain = new AesSiv(sivKey).open(sealed, associated);
        if (plain.isEmpty()) {
            throw new InvalidTokenException(
                    InvalidTokenException.Reason.NOT_AUTHENTIC,
                    "this token was not made with this key and domain, or it was changed");
        }
        byte[] bytes = plain.get();
        String value = new String(bytes, StandardCharsets.UTF_8);
        Arrays.fill(bytes, (byte) 0);
        return value;
    }

    /** Names the domain only. */
    @Override
    public String toString() {
        return "ReversibleTokens[" + domain.study() + "/" + domain.purpose() + ", key hidden]";
    }
}
