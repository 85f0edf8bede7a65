package eu.coact.anonymise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one purpose during rotation: the current key makes new pseudonyms, and the keys
 * it replaced are still accepted when recognising an existing pseudonym, until they are
 * retired. Immutable: rotation and retirement return a new ring.
 *
 * <pre>{@code
 * KeyRing ring = KeyRing.of(PseudonymKey.generate(KeyId.of("2026-01")));
 * KeyRing rotated = ring.rotateTo(PseudonymKey.generate(KeyId.of("2026-07")));
 * // ... once every stored pseudonym was migrated:
 * KeyRing done = rotated.retire(KeyId.of("2026-01"));
 * }</pre>
 */
public final class KeyRing {

    private final List<PseudonymKey> keys;

    private KeyRing(List<PseudonymKey> keys) {
        this.keys = List.copyOf(keys);
        Set<KeyId> ids = new HashSet<>();
        for (PseudonymKey key : this.keys) {
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("a key ring holds each key id once; " + key.id() + " is repeated");
            }
        }
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("a key ring needs a current key");
        }
    }

    /**
     * A ring with one key, the current one.
     *
     * @param current the key that makes pseudonyms
     * @return the ring
     */
    public static KeyRing of(PseudonymKey current) {
        return new KeyRing(List.of(current));
    }

    /**
     * A ring with a current key and older keys still accepted, newest first.
     *
     * @param current  the key that makes pseudonyms
     * @param previous keys still accepted during a transition, newest first
     * @return the ring
     */
    public static KeyRing of(PseudonymKey current, List<PseudonymKey> previous) {
        List<PseudonymKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        return new KeyRing(all);
    }

    /**
     * Starts a rotation: {@code next} becomes current and the present keys stay accepted.
     *
     * @param next the new current key, with an id not yet on the ring
     * @return the new ring
     */
    public KeyRing rotateTo(PseudonymKey next) {
        List<PseudonymKey> all = new ArrayList<>();
        all.add(Objects.requireNonNull(next, "next key"));
        all.addAll(keys);
        return new KeyRing(all);
    }

    /**
     * Ends a transition: the key is no longer accepted. The current key cannot be retired.
     *
     * @param id the key to drop
     * @return the new ring
     */
    public KeyRing retire(KeyId id) {
        if (current().id().equals(id)) {
            throw new IllegalArgumentException("key " + id + " is current; rotate to a new key before retiring it");
        }
        List<PseudonymKey> rest = new ArrayList<>(keys);
        if (!rest.removeIf(key -> key.id().equals(id))) {
            throw new IllegalArgumentException("key " + id + " is not on this ring");
        }
        return new KeyRing(rest);
    }

    /**
     * The key that makes new pseudonyms.
     *
     * @return the current key
     */
    public PseudonymKey current() {
        return keys.get(0);
    }

    /**
     * Every accepted key, current first, then older ones newest first.
     *
     * @return the keys
     */
    public List<PseudonymKey> keys() {
        return keys;
    }

    /**
     * The accepted key with this id.
     *
     * @param id the key id
     * @return the key, or empty when it is not on the ring
     */
    public Optional<PseudonymKey> key(KeyId id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** Lists the key ids only. */
    @Override
    public String toString() {
        return "KeyRing" + keys.stream().map(PseudonymKey::id).toList();
    }
}
