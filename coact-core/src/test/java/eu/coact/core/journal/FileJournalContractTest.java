package eu.coact.core.journal;

import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.internal.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The journal contract, run against {@link FileJournal}; small segments, so that most tests
 * cross segment boundaries. Tampering edits the segment files of the closed journal and
 * recomputes the checksums, as a deliberate attacker would.
 */
class FileJournalContractTest extends JournalContract {

    private static final long SEGMENT_BYTES = 8192;
    private static final Path BASE = createBase();

    private static Path createBase() {
        try {
            Path base = Files.createTempDirectory("coact-file-journal-contract");
            base.toFile().deleteOnExit();
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Journal open(String name) {
        return FileJournal.open(BASE.resolve(name), SEGMENT_BYTES);
    }

    @Override
    protected void dispose(String name) {
        Path dir = BASE.resolve(name);
        if (!Files.exists(dir)) {
            return;
        }
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Tamper tamper(String name) {
        Path dir = BASE.resolve(name);
        return new Tamper() {
            @Override
            public void replacePayload(long sequence, byte[] payload) {
                rewrite(
                        sequence,
                        r -> new StoredRecord(
                                r.sequence(),
                                r.at(),
                                r.subject(),
                                r.type(),
                                r.salt(),
                                payload,
                                r.payloadDigest(),
                                r.previousHash(),
                                r.hash()));
            }

            @Override
            public void replaceType(long sequence, String type) {
                rewrite(
                        sequence,
                        r -> new StoredRecord(
                                r.sequence(),
                                r.at(),
                                r.subject(),
                                type,
                                r.salt(),
                                r.payload(),
                                r.payloadDigest(),
                                r.previousHash(),
                                r.hash()));
            }

            @Override
            public void drop(long sequence) {
                edit(frames -> frames.remove(index(sequence)));
            }

            @Override
            public void duplicate(long sequence) {
                edit(frames -> frames.add(index(sequence) + 1, frames.get(index(sequence))));
            }

            @Override
            public void swapWithNext(long sequence) {
                edit(frames -> {
                    byte[] first = frames.get(index(sequence));
                    frames.set(index(sequence), frames.get(index(sequence) + 1));
                    frames.set(index(sequence) + 1, first);
                });
            }

            private void rewrite(long sequence, UnaryOperator<StoredRecord> change) {
                edit(frames -> frames.set(
                        index(sequence),
                        SegmentFiles.encode(change.apply(SegmentFiles.decode(frames.get(index(sequence)))))));
            }

            /** Edits the frames of the whole journal as one list, then writes them into one segment. */
            private void edit(java.util.function.Consumer<List<byte[]>> change) {
                List<Path> segments = SegmentFiles.segments(dir);
                List<byte[]> frames = new ArrayList<>();
                for (Path segment : segments) {
                    frames.addAll(SegmentFiles.frames(segment));
                }
                change.accept(frames);
                for (Path segment : segments.subList(1, segments.size())) {
                    try {
                        Files.delete(segment);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                SegmentFiles.writeFrames(segments.get(0), frames);
            }

            private int index(long sequence) {
                return (int) sequence - 1;
            }
        };
    }
}
