package eu.coact.core.journal;

import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.CheckpointFile;
import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Someone with the files of a closed, single-segment file journal but not its signing key, who
 * rewrites history carefully: recomputes payload digests, the hash chain and every checksum.
 */
final class Attacker {

    private final Path dir;

    Attacker(Path dir) {
        this.dir = dir;
    }

    /** Every record of the only segment, as stored. */
    List<StoredRecord> records() {
        return SegmentFiles.frames(SegmentFiles.onlySegment(dir)).stream()
                .map(SegmentFiles::decode)
                .toList();
    }

    /** Replaces the records, then recomputes digests and the chain from the first changed one to the end. */
    void rewrite(UnaryOperator<List<StoredRecord>> change) {
        List<StoredRecord> before = records();
        List<StoredRecord> after = new ArrayList<>(change.apply(new ArrayList<>(before)));
        byte[] previous = ChainHash.GENESIS;
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            StoredRecord r = after.get(i);
            byte[] digest = r.redacted() ? r.payloadDigest() : ChainHash.payloadDigest(r.salt(), r.payload());
            byte[] hash = ChainHash.entryHash(
                    previous, i + 1L, r.at(), java.util.Optional.ofNullable(r.subject()), r.type(), digest);
            StoredRecord sealed = new StoredRecord(
                    i + 1L, r.at(), r.subject(), r.type(), r.salt(), r.payload(), digest, previous, hash);
            frames.add(RecordFrame.encode(sealed));
            previous = hash;
        }
        SegmentFiles.writeFrames(SegmentFiles.onlySegment(dir), frames);
    }

    /** Replaces one entry's payload and recomputes the chain. */
    void changePayload(long sequence, byte[] payload) {
        rewrite(records -> {
            StoredRecord r = records.get((int) sequence - 1);
            records.set((int) sequence - 1, r.withPayload(payload));
            return records;
        });
    }

    /** Erases an entry's payload in place as a redaction would (the chain still verifies). */
    void fakeRedaction(long sequence) {
        Path segment = SegmentFiles.onlySegment(dir);
        List<byte[]> frames = new ArrayList<>(SegmentFiles.frames(segment));
        frames.set((int) sequence - 1, RecordFrame.redact(frames.get((int) sequence - 1)));
        SegmentFiles.writeFrames(segment, frames);
    }

    /** Keeps only the first {@code keep} entries (a cut at a record boundary: no damage to see). */
    void cutTailTo(int keep) {
        Path segment = SegmentFiles.onlySegment(dir);
        SegmentFiles.writeFrames(segment, SegmentFiles.frames(segment).subList(0, keep));
    }

    /** Keeps only the first {@code keep} checkpoints. */
    void cutCheckpointsTo(int keep) {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        SegmentFiles.write(file, Arrays.copyOf(SegmentFiles.read(file), keep * CheckpointFile.RECORD_BYTES));
    }

    /** How many checkpoints are on file. */
    int checkpoints() {
        return SegmentFiles.read(dir.resolve(CheckpointFile.FILE_NAME)).length / CheckpointFile.RECORD_BYTES;
    }

    /** Index of the last checkpoint whose sequence is at most {@code sequence}, plus one (a count to keep). */
    int checkpointsUpTo(long sequence) {
        byte[] bytes = SegmentFiles.read(dir.resolve(CheckpointFile.FILE_NAME));
        int keep = 0;
        for (int i = 0; i < bytes.length / CheckpointFile.RECORD_BYTES; i++) {
            byte[] record =
                    Arrays.copyOfRange(bytes, i * CheckpointFile.RECORD_BYTES, (i + 1) * CheckpointFile.RECORD_BYTES);
            if (CheckpointFile.decodeRecord(record).orElseThrow().sequence() <= sequence) {
                keep = i + 1;
            }
        }
        return keep;
    }

    /** Replaces the checkpoint file by one checkpoint of the current head, signed with the attacker's own key. */
    void resignWith(CheckpointSigner own) {
        List<StoredRecord> records = records();
        StoredRecord head = records.get(records.size() - 1);
        List<Long> redacted = records.stream()
                .filter(StoredRecord::redacted)
                .map(StoredRecord::sequence)
                .toList();
        byte[] digest = eu.coact.core.journal.internal.CheckpointMessage.redactionDigest(redacted);
        byte[] message = eu.coact.core.journal.internal.CheckpointMessage.of(
                head.sequence(), head.hash(), redacted.size(), digest);
        Anchor forged =
                new Anchor(head.sequence(), head.hash(), redacted.size(), digest, own.publicKey(), own.sign(message));
        SegmentFiles.write(dir.resolve(CheckpointFile.FILE_NAME), CheckpointFile.encode(forged));
    }

    /** Deletes a file of the journal. */
    void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
