package eu.coact.core.journal.internal;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.CheckpointPolicy;
import eu.coact.core.journal.CheckpointSigner;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides when a signing journal writes a checkpoint, signs it and appends it to the
 * {@link CheckpointFile}; keeps the journal's redaction state, which every checkpoint signs. Used
 * by one writer at a time (the group-commit leader, or a caller holding it exclusively).
 */
public final class Checkpointer {

    private final Optional<CheckpointSigner> signer;
    private final byte[] publicKey;
    private final CheckpointPolicy policy;
    private final CheckpointFile file;
    private final TreeSet<Long> redacted;
    private byte[] redactionDigest;
    private long entriesSince;
    private long lastNanos = System.nanoTime();
    private boolean suspended;

    /**
     * A checkpointer over a checkpoint file.
     *
     * @param signer   the signer, or empty for a journal that does not sign
     * @param policy   when to sign
     * @param file     the open checkpoint file
     * @param redacted the entries redacted when the journal was opened
     */
    public Checkpointer(
            Optional<CheckpointSigner> signer, CheckpointPolicy policy, CheckpointFile file, List<Long> redacted) {
        this.signer = signer;
        this.publicKey = signer.map(CheckpointSigner::publicKey).orElse(null);
        this.policy = policy;
        this.file = file;
        this.redacted = new TreeSet<>(redacted);
        this.redactionDigest = CheckpointMessage.redactionDigest(this.redacted);
    }

    /** True when this journal signs checkpoints (and signing was not suspended). */
    public boolean signs() {
        return signer.isPresent() && !suspended;
    }

    /**
     * Stops signing for as long as the journal is open: its files do not verify, and a new
     * checkpoint would vouch for what someone else changed.
     */
    public void suspend() {
        suspended = true;
    }

    /** True when the entries redacted on disk are not those the last checkpoint records. */
    public boolean redactionsDifferFromLast() {
        Optional<Anchor> last = file.last();
        return last.isPresent()
                && (last.get().redactedEntries() != redacted.size()
                        || !Arrays.equals(last.get().redactionDigest(), redactionDigest));
    }

    /** The signer's public key, if it signs. */
    public Optional<byte[]> publicKey() {
        return Optional.ofNullable(publicKey).map(byte[]::clone);
    }

    /** After a group commit of {@code count} entries: a checkpoint if the policy says so. */
    public void committed(int count, long head, byte[] headHash) throws IOException {
        if (!signs()) {
            return;
        }
        entriesSince += count;
        if (entriesSince >= policy.entries()
                || System.nanoTime() - lastNanos >= policy.interval().toNanos()) {
            now(head, headHash);
        }
    }

    /** A checkpoint at the head unless the last one already covers it as it is. */
    public void now(long head, byte[] headHash) throws IOException {
        if (!signs() || covers(head, headHash)) {
            return;
        }
        file.append(sign(head, headHash, redacted.size(), redactionDigest));
        entriesSince = 0;
        lastNanos = System.nanoTime();
    }

    /** Forces the checkpoint file to disk. */
    public void force() throws IOException {
        file.force();
    }

    private boolean covers(long head, byte[] headHash) {
        Optional<Anchor> last = file.last();
        return last.isPresent()
                && last.get().sequence() == head
                && Arrays.equals(last.get().hash(), headHash)
                && last.get().redactedEntries() == redacted.size()
                && Arrays.equals(last.get().redactionDigest(), redactionDigest)
                && Arrays.equals(last.get().publicKey(), publicKey);
    }

    /**
     * The checkpoint that a redaction of {@code more} entries will be recorded with, signed but not
     * yet written (it goes into the redaction's write-ahead note first); empty when not signing.
     */
    public Optional<Anchor> forRedaction(Collection<Long> more, long head, byte[] headHash) {
        if (!signs()) {
            return Optional.empty();
        }
        TreeSet<Long> after = new TreeSet<>(redacted);
        after.addAll(more);
        return Optional.of(sign(head, headHash, after.size(), CheckpointMessage.redactionDigest(after)));
    }

    /** Records that entries are now redacted on disk (and their checkpoint written, if signing). */
    public void redacted(Collection<Long> more) {
        redacted.addAll(more);
        redactionDigest = CheckpointMessage.redactionDigest(redacted);
        entriesSince = 0;
        lastNanos = System.nanoTime();
    }

    /** The latest checkpoint on file, if any. */
    public Optional<Anchor> last() {
        return file.last();
    }

    private Anchor sign(long head, byte[] headHash, long count, byte[] digest) {
        byte[] signature = signer.orElseThrow().sign(CheckpointMessage.of(head, headHash, count, digest));
        return new Anchor(head, headHash, count, digest, publicKey, signature);
    }
}
