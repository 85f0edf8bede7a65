package eu.coact.consent.internal;

import eu.coact.consent.DocumentReference;
import eu.coact.core.DocumentId;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The consent documents published in a ledger, and which version of each is the newest at any
 * instant (for re-consent). Written by one thread at a time (the ledger's lock); read without
 * locking by the contact gate, hence the concurrent collections.
 */
public final class DocumentRegistry {

    private final Map<String, PublishedVersion> byDigest = new ConcurrentHashMap<>();
    private final Map<String, PublishedVersion> byVersionAndLanguage = new ConcurrentHashMap<>();
    private final Map<String, PublishedVersion> byVersion = new ConcurrentHashMap<>();
    /** Per document id, the publications in time order, each with the newest version so far. */
    private final Map<DocumentId, List<PublishedVersion>> newestOverTime = new ConcurrentHashMap<>();

    /**
     * Checks that a document may be published.
     *
     * @return why it may not, or empty when it may
     */
    public Optional<String> refusal(PublishedVersion candidate) {
        DocumentReference ref = candidate.reference();
        PublishedVersion same = byVersionAndLanguage.get(key(ref) + "/" + ref.language());
        if (same != null && !same.reference().digest().equals(ref.digest())) {
            return Optional.of("version " + ref.version() + " of '" + ref.id() + "' in " + ref.language()
                    + " was published with another text: a changed text needs a new version");
        }
        PublishedVersion sibling = byVersion.get(key(ref));
        if (sibling != null && !sibling.sameTermsAs(candidate)) {
            return Optional.of("version " + ref.version() + " of '" + ref.id()
                    + "' was published in another language with other role, date or purposes");
        }
        List<PublishedVersion> history = newestOverTime.get(ref.id());
        if (history != null && history.get(history.size() - 1).role() != candidate.role()) {
            return Optional.of("the document '" + ref.id() + "' is for role '"
                    + history.get(history.size() - 1).role().code() + "'; a document keeps its role across versions");
        }
        PublishedVersion holder = byDigest.get(ref.digest());
        if (holder != null && !holder.reference().equals(ref)) {
            return Optional.of("the same text is already published as " + holder.reference());
        }
        return Optional.empty();
    }

    /**
     * Adds a document that {@link #refusal} accepted.
     *
     * @return false if exactly this document was already published
     */
    public boolean add(PublishedVersion version) {
        DocumentReference ref = version.reference();
        if (byDigest.containsKey(ref.digest())) {
            return false;
        }
        byDigest.put(ref.digest(), version);
        byVersionAndLanguage.put(key(ref) + "/" + ref.language(), version);
        byVersion.putIfAbsent(key(ref), version);
        List<PublishedVersion> history = newestOverTime.computeIfAbsent(ref.id(), id -> new CopyOnWriteArrayList<>());
        if (history.isEmpty() || history.get(history.size() - 1).reference().version() < ref.version()) {
            history.add(version);
        }
        return true;
    }

    /** The published document with this reference. */
    public Optional<PublishedVersion> find(DocumentReference reference) {
        PublishedVersion found = byDigest.get(reference.digest());
        return found != null && found.reference().equals(reference) ? Optional.of(found) : Optional.empty();
    }

    /** The published document whose text has this digest. */
    public Optional<PublishedVersion> byDigest(String digest) {
        return Optional.ofNullable(byDigest.get(digest));
    }

    /** The purposes of a document version (any language). */
    public Optional<PublishedVersion> version(DocumentId id, int version) {
        return Optional.ofNullable(byVersion.get(id + "@" + version));
    }

    /** The newest version of a document published at or before {@code at}. */
    public Optional<PublishedVersion> newestAt(DocumentId id, Instant at) {
        List<PublishedVersion> history = newestOverTime.get(id);
        if (history == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = history.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (!history.get(mid).publishedAt().isAfter(at)) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(history.get(found));
    }

    /** The newest version of a document ever published. */
    public Optional<PublishedVersion> newest(DocumentId id) {
        List<PublishedVersion> history = newestOverTime.get(id);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * The purposes still in force for someone who granted {@code granted} under {@code accepted}:
     * all of them, unless a newer version with other purposes was published by {@code at}, in
     * which case only those both versions share apply until the person accepts it.
     */
    public Set<PurposeId> inForce(DocumentReference accepted, Set<PurposeId> granted, Instant at) {
        Optional<PublishedVersion> newest = newestAt(accepted.id(), at);
        if (newest.isEmpty() || newest.get().reference().version() <= accepted.version()) {
            return granted;
        }
        Optional<PublishedVersion> own = version(accepted.id(), accepted.version());
        if (own.isPresent()
                && Set.copyOf(own.get().purposes())
                        .equals(Set.copyOf(newest.get().purposes()))) {
            return granted;
        }
        List<PurposeId> shared = newest.get().purposes();
        return granted.stream().filter(shared::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True when a newer version with other purposes awaits the person's acceptance at {@code at}. */
    public boolean awaitsReconsent(DocumentReference accepted, Instant at) {
        Optional<PublishedVersion> newest = newestAt(accepted.id(), at);
        if (newest.isEmpty() || newest.get().reference().version() <= accepted.version()) {
            return false;
        }
        Optional<PublishedVersion> own = version(accepted.id(), accepted.version());
        return own.isEmpty()
                || !Set.copyOf(own.get().purposes())
                        .equals(Set.copyOf(newest.get().purposes()));
    }

    /** Every published document, in no particular order. */
    public List<PublishedVersion> all() {
        return List.copyOf(byDigest.values());
    }

    private static String key(DocumentReference ref) {
        return ref.id() + "@" + ref.version();
    }
}
