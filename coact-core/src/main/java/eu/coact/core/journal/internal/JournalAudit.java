package eu.coact.core.journal.internal;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.TrustedKeys;
import eu.coact.core.journal.Verification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Verifies a file journal against its signed checkpoints and, optionally, an anchor kept
 * outside: the hash chain first, then every checkpoint (signature, trusted key, the hash it
 * vouches for), then the redaction state of the last checkpoint, then the anchor, then whether
 * every entry is covered by a signature. The first finding is the result.
 */
public final class JournalAudit {

    private final List<Anchor> checkpoints;
    private final List<String> damage;
    private final TrustedKeys keys;
    private final Optional<Anchor> anchor;
    private final boolean requireCoverage;

    /**
     * An audit.
     *
     * @param checkpoints the checkpoints on file, in file order
     * @param damage      damaged checkpoint records
     * @param keys        the keys trusted to sign
     * @param anchor      an anchor kept outside the files, if any
     * @param requireCoverage whether entries after the last checkpoint are a finding
     */
    public JournalAudit(
            List<Anchor> checkpoints,
            List<String> damage,
            TrustedKeys keys,
            Optional<Anchor> anchor,
            boolean requireCoverage) {
        this.requireCoverage = requireCoverage;
        this.checkpoints = checkpoints;
        this.damage = damage;
        this.keys = keys.isEmpty() && anchor.isPresent()
                ? TrustedKeys.of(anchor.get().publicKey())
                : keys;
        this.anchor = anchor;
    }

    /**
     * Runs the audit over the journal's records.
     *
     * @param size    how many entries the journal has
     * @param records the record at each position (1-based); may throw {@link JournalException}
     * @return intact, or the first finding
     */
    public Verification run(long size, LongFunction<StoredRecord> records) {
        return run(size, records, record -> {});
    }

    /**
     * Runs the audit over the journal's records, handing each record the chain accepts to
     * {@code accepted} as it goes: one read of the journal serves both the audit and a reader.
     *
     * @param size     how many entries the journal has
     * @param records  the record at each position (1-based); may throw {@link JournalException}
     * @param accepted receives each record that links to the chain, in order
     * @return intact, or the first finding
     */
    public Verification run(long size, LongFunction<StoredRecord> records, Consumer<StoredRecord> accepted) {
        Map<Long, byte[]> wanted = new HashMap<>();
        checkpoints.forEach(c -> wanted.put(c.sequence(), null));
        anchor.ifPresent(a -> wanted.put(a.sequence(), null));
        List<Long> redacted = new ArrayList<>();
        ChainVerifier chain = new ChainVerifier();
        for (long position = 1; position <= size; position++) {
            StoredRecord record;
            try {
                record = records.apply(position);
            } catch (JournalException e) {
                chain.fail(position, e.getMessage());
                break;
            }
            if (!chain.accept(record)) {
                break;
            }
            accepted.accept(record);
            if (record.redacted()) {
                redacted.add(position);
            }
            if (wanted.containsKey(position)) {
                wanted.put(position, record.hash());
            }
        }
        Verification result = chain.result();
        if (!result.isIntact()) {
            return result;
        }
        return checkpoints(size, wanted)
                .or(() -> redactions(redacted))
                .or(() -> anchor(size, wanted, redacted.size()))
                .or(() -> coverage(size))
                .orElse(result);
    }

    private Optional<Verification> checkpoints(long size, Map<Long, byte[]> hashes) {
        if (!damage.isEmpty()) {
            return broken(lastSigned() + 1, "the checkpoint file is damaged: " + String.join("; ", damage));
        }
        long previous = 0;
        for (Anchor c : checkpoints) {
            if (c.sequence() < previous) {
                return broken(
                        c.sequence(),
                        "the checkpoints are out of order (#" + c.sequence() + " after #" + previous
                                + "): the checkpoint file was rearranged");
            }
            previous = c.sequence();
            if (!c.signatureMatches()) {
                return broken(
                        c.sequence(),
                        "the checkpoint at #" + c.sequence() + " does not match its signature: it was altered");
            }
            if (!keys.isEmpty() && !keys.trusts(c.publicKey())) {
                return broken(
                        c.sequence(),
                        "the checkpoint at #" + c.sequence() + " is signed by key " + c.keyFingerprint()
                                + ", which is not trusted (" + keys + "): someone re-signed the journal");
            }
            if (c.sequence() > size) {
                return broken(
                        size + 1,
                        "a signed checkpoint vouches for entries up to #" + c.sequence() + " but the journal ends at #"
                                + size + ": entries were cut (a cut tail or a deleted segment)");
            }
            if (!Arrays.equals(c.hash(), c.sequence() == 0 ? ChainHash.GENESIS : hashes.get(c.sequence()))) {
                return broken(
                        c.sequence(),
                        "entry #" + c.sequence() + " no longer has the hash a signed checkpoint "
                                + "vouches for: the chain up to it was rewritten (and recomputed)");
            }
        }
        return Optional.empty();
    }

    private Optional<Verification> redactions(List<Long> redacted) {
        if (checkpoints.isEmpty()) {
            return Optional.empty();
        }
        Anchor last = checkpoints.get(checkpoints.size() - 1);
        if (last.redactedEntries() != redacted.size()
                || !Arrays.equals(last.redactionDigest(), CheckpointMessage.redactionDigest(redacted))) {
            return broken(
                    redacted.isEmpty() ? last.sequence() : redacted.get(0),
                    "the journal has " + redacted.size()
                            + " redacted entr" + (redacted.size() == 1 ? "y" : "ies") + " " + shortList(redacted)
                            + " but the last signed checkpoint records " + last.redactedEntries()
                            + ": a redaction was forged (or undone) without the signing key");
        }
        return Optional.empty();
    }

    private Optional<Verification> anchor(long size, Map<Long, byte[]> hashes, int redactedNow) {
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Anchor a = anchor.get();
        if (!a.signatureMatches()) {
            return broken(a.sequence(), "the anchor does not match its signature: it was altered");
        }
        if (!keys.trusts(a.publicKey())) {
            return broken(
                    a.sequence(),
                    "the anchor is signed by key " + a.keyFingerprint() + ", which is not trusted (" + keys + ")");
        }
        if (a.sequence() > size) {
            return broken(
                    size + 1,
                    "the anchor vouches for entries up to #" + a.sequence() + " but the journal ends at #" + size
                            + ": entries were cut (a cut tail or a deleted segment)");
        }
        if (!Arrays.equals(a.hash(), a.sequence() == 0 ? ChainHash.GENESIS : hashes.get(a.sequence()))) {
            return broken(
                    a.sequence(),
                    "entry #" + a.sequence() + " no longer has the hash the anchor vouches for: "
                            + "the journal up to the anchor was rewritten");
        }
        if (lastSigned() < a.sequence()) {
            return broken(
                    lastSigned() + 1,
                    "the signed checkpoints end at #" + lastSigned() + ", before the anchor's #" + a.sequence()
                            + ": the checkpoint file was cut or replaced");
        }
        if (redactedNow < a.redactedEntries()) {
            return broken(
                    a.sequence(),
                    "the journal has " + redactedNow + " redacted entries but the anchor records " + a.redactedEntries()
                            + ": the journal was rolled back");
        }
        return Optional.empty();
    }

    private Optional<Verification> coverage(long size) {
        boolean expected = requireCoverage && (!checkpoints.isEmpty() || !keys.isEmpty());
        if (!expected || lastSigned() >= size) {
            return Optional.empty();
        }
        if (checkpoints.isEmpty()) {
            return broken(
                    1,
                    "no signed checkpoint covers the journal's " + size + " entries (the checkpoint file "
                            + "is missing or empty)");
        }
        return broken(
                lastSigned() + 1,
                "entries #" + (lastSigned() + 1) + " to #" + size + " are not covered by a "
                        + "signed checkpoint: written after the last one (a crash before the next checkpoint, or appended "
                        + "without the signing key)");
    }

    private long lastSigned() {
        return checkpoints.isEmpty()
                ? 0
                : checkpoints.get(checkpoints.size() - 1).sequence();
    }

    private static String shortList(List<Long> sequences) {
        if (sequences.isEmpty()) {
            return "";
        }
        List<String> shown = sequences.stream().limit(5).map(s -> "#" + s).toList();
        return "(" + String.join(", ", shown) + (sequences.size() > 5 ? ", …" : "") + ")";
    }

    private static Optional<Verification> broken(long sequence, String reason) {
        return Optional.of(new Verification.Broken(Math.max(1, sequence), reason));
    }
}
