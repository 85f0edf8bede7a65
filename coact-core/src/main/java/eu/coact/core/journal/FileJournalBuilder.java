package eu.coact.core.journal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Configures a {@link FileJournal} before opening it: segment size, and the signing of
 * checkpoints (see {@link Anchor}). Not thread-safe; each setter checks its argument at once.
 *
 * <pre>{@code
 * try (FileJournal journal = FileJournal.builder(dir).signedBy(signer).open()) { ... }
 * }</pre>
 */
public final class FileJournalBuilder {

    private final Path directory;
    private long segmentBytes = FileJournal.DEFAULT_SEGMENT_BYTES;
    private Optional<CheckpointSigner> signer = Optional.empty();
    private CheckpointPolicy policy = CheckpointPolicy.DEFAULT;
    private TrustedKeys trusted = TrustedKeys.none();

    FileJournalBuilder(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Starts a new segment file whenever the current one reaches this size.
     *
     * @param bytes between 4096 bytes and 1 GiB (default 64 MiB)
     * @return this builder
     */
    public FileJournalBuilder segmentBytes(long bytes) {
        if (bytes < 4096 || bytes > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("a segment size is between 4096 bytes and 1 GiB");
        }
        this.segmentBytes = bytes;
        return this;
    }

    /**
     * Signs checkpoints with this key; its public key is trusted by {@link FileJournal#verify()}.
     *
     * @param signer the signing key
     * @return this builder
     */
    public FileJournalBuilder signedBy(CheckpointSigner signer) {
        this.signer = Optional.of(Objects.requireNonNull(signer, "signer"));
        return this;
    }

    /**
     * How often to sign (default {@link CheckpointPolicy#DEFAULT}).
     *
     * @param policy the policy
     * @return this builder
     */
    public FileJournalBuilder checkpoints(CheckpointPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Also accepts checkpoints signed by these keys (for example older keys of a rotated ring).
     *
     * @param keys the public keys
     * @return this builder
     */
    public FileJournalBuilder trusting(TrustedKeys keys) {
        this.trusted = Objects.requireNonNull(keys, "keys");
        return this;
    }

    /**
     * Opens the journal.
     *
     * @return the open journal
     * @throws JournalException if the directory cannot be used, is already open, or holds damage
     *                          beyond a torn final record
     */
    public FileJournal open() {
        return FileJournal.open(this);
    }

    Path directory() {
        return directory;
    }

    long segmentBytes() {
        return segmentBytes;
    }

    Optional<CheckpointSigner> signer() {
        return signer;
    }

    CheckpointPolicy policy() {
        return policy;
    }

    TrustedKeys trusted() {
        return signer.map(s -> trusted.and(s.publicKey())).orElse(trusted);
    }
}
