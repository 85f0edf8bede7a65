package eu.coact.anonymise;

import eu.coact.anonymise.internal.ConstantTime;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.core.Pseudonym;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns identities into keyed pseudonyms: HMAC-SHA-256 under a per-domain key, encoded as 43
 * URL-safe characters. The same identity, key and {@link PseudonymDomain} always give the same
 * pseudonym; without the key nobody can compute or reverse it, and another domain or key gives
 * an unrelated one.
 *
 * <pre>{@code
 * Pseudonymiser pseudonyms = Pseudonymiser.of(ring, PseudonymDomain.of("coact-mental-health", "participation"));
 * Pseudonym p = pseudonyms.pseudonymOf(ChannelIdentity.of("telegram", chatId));
 * }</pre>
 *
 * <p>During a key rotation ({@link KeyRing#rotateTo(PseudonymKey)}) new pseudonyms are made
 * under the current key and {@link #recognise(ChannelIdentity, Pseudonym)} still accepts those
 * made under the older keys of the ring. Thread-safe; each thread reuses its own precomputed
 * HMAC state.
 */
public final class Pseudonymiser {

    /** Length of every pseudonym made here: 32 bytes in unpadded base64url. */
    public static final int PSEUDONYM_LENGTH = 43;

    private static final String DERIVATION_LABEL = "coact/pseudonym/v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final PseudonymDomain domain;
    private final List<KeyId> keyIds;
    private final List<byte[]> domainKeys;
    private final ThreadLocal<PerThread> perThread;

    private Pseudonymiser(KeyRing ring, PseudonymDomain domain) {
        this.domain = Objects.requireNonNull(domain, "domain");
        byte[] label = domain.encode(DERIVATION_LABEL);
        List<KeyId> ids = new ArrayList<>();
        List<byte[]> derived = new ArrayList<>();
        for (PseudonymKey key : ring.keys()) {
            ids.add(key.id());
            // A key per domain: the master key is used only to derive, never to make pseudonyms.
            derived.add(new HmacSha256(key.secret()).mac(label));
        }
        this.keyIds = List.copyOf(ids);
        this.domainKeys = List.copyOf(derived);
        this.perThread = ThreadLocal.withInitial(() -> new PerThread(domainKeys));
    }

    /**
     * A pseudonymiser for one domain under the keys of a ring.
     *
     * @param ring   the keys; the current one makes pseudonyms
     * @param domain the study and purpose
     * @return the pseudonymiser
     */
    public static Pseudonymiser of(KeyRing ring, PseudonymDomain domain) {
        return new Pseudonymiser(Objects.requireNonNull(ring, "ring"), domain);
    }

    /**
     * A pseudonymiser for one domain under a single key.
     *
     * @param key    the key
     * @param domain the study and purpose
     * @return the pseudonymiser
     */
    public static Pseudonymiser of(PseudonymKey key, PseudonymDomain domain) {
        return of(KeyRing.of(key), domain);
    }

    /**
     * The pseudonym of a channel identity under the current key.
     *
     * @param identity who
     * @return the pseudonym, 43 URL-safe characters
     */
    public Pseudonym pseudonymOf(ChannelIdentity identity) {
        return pseudonymOf(identity.encoded());
    }

    /**
     * The pseudonym of an identifier given as bytes (e.g. a 16-byte id from a data set) under
     * the current key.
     *
     * @param id the identifier
     * @return the pseudonym, 43 URL-safe characters
     */
    public Pseudonym pseudonymOf(byte[] id) {
        return new Pseudonym(perThread.get().encode(0, id));
    }

    /**
     * The pseudonym of an identifier given as text, encoded as UTF-8.
     *
     * @param id the identifier, e.g. a row id of an imported table
     * @return the pseudonym
     */
    public Pseudonym pseudonymOf(String id) {
        return pseudonymOf(id.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The pseudonym an identity had under a given key of the ring, e.g. to migrate stored
     * pseudonyms during a rotation.
     *
     * @param key      which key
     * @param identity who
     * @return the pseudonym, or empty when the key is not on the ring
     */
    public Optional<Pseudonym> pseudonymUnder(KeyId key, ChannelIdentity identity) {
        int index = keyIds.indexOf(key);
        if (index < 0) {
            return Optional.empty();
        }
        return Optional.of(new Pseudonym(perThread.get().encode(index, identity.encoded())));
    }

    /**
     * Checks whether a pseudonym belongs to an identity under any key of the ring, comparing in
     * constant time.
     *
     * @param identity  who it should be
     * @param pseudonym the pseudonym presented
     * @return the id of the key that made it, or empty when it does not belong to the identity
     */
    public Optional<KeyId> recognise(ChannelIdentity identity, Pseudonym pseudonym) {
        PerThread state = perThread.get();
        KeyId found = null;
        // Every key is tried, so the time taken does not tell which key matched.
        for (int i = 0; i < keyIds.size(); i++) {
            if (ConstantTime.equal(state.encode(i, identity.encoded()), pseudonym.value()) && found == null) {
                found = keyIds.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The domain of these pseudonyms.
     *
     * @return the study and purpose
     */
    public PseudonymDomain domain() {
        return domain;
    }

    /**
     * The id of the key that makes new pseudonyms.
     *
     * @return the current key id
     */
    public KeyId currentKey() {
        return keyIds.get(0);
    }

    /** Names the domain and key ids only. */
    @Override
    public String toString() {
        return "Pseudonymiser[" + domain.study() + "/" + domain.purpose() + ", keys " + keyIds + "]";
    }

    /** One thread's HMAC states and output buffer. */
    private static final class PerThread {
        private final HmacSha256[] macs;
        private final byte[] out = new byte[HmacSha256.LENGTH];

        PerThread(List<byte[]> keys) {
            macs = new HmacSha256[keys.size()];
            for (int i = 0; i < macs.length; i++) {
                macs[i] = new HmacSha256(keys.get(i));
            }
        }

        String encode(int keyIndex, byte[] id) {
            macs[keyIndex].mac(id, 0, id.length, out, 0);
            return ENCODER.encodeToString(out);
        }
    }
}
