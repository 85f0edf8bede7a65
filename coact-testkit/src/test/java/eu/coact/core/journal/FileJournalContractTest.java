package eu.coact.core.journal;

import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.StoredRecord;
import eu.coact.testkit.journal.JournalContract;
import eu.coact.testkit.journal.Tamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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
                rewrite(sequence, r -> r.withPayload(payload));
            }

            @Override
            public void replaceType(long sequence, String type) {
                rewrite(sequence, r -> r.withType(type));
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
                        RecordFrame.encode(change.apply(RecordFrame.decode(frames.get(index(sequence)), 0)))));
            }

            /** Edits the frames of the whole journal as one list, then writes them into one segment. */
            private void edit(java.util.function.Consumer<List<byte[]>> change) {
                List<Path> segments = segments(dir);
                List<byte[]> frames = new ArrayList<>();
                for (Path segment : segments) {
                    frames.addAll(frames(segment));
                }
                change.accept(frames);
                for (Path segment : segments.subList(1, segments.size())) {
                    try {
                        Files.delete(segment);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                writeFrames(segments.get(0), frames);
            }

            private int index(long sequence) {
                return (int) sequence - 1;
            }
        };
    }

    /** The segment files of a journal directory, in order. */
    private static List<Path> segments(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frames of one segment, in storage order. */
    private static List<byte[]> frames(Path segment) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(segment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> frames = new ArrayList<>();
        int pos = 0;
        while (pos < bytes.length) {
            int length = RecordFrame.HEADER_BYTES
                    + ByteBuffer.wrap(bytes, pos + 4, 4).getInt();
            byte[] frame = new byte[length];
            System.arraycopy(bytes, pos, frame, 0, length);
            frames.add(frame);
            pos += length;
        }
        return frames;
    }

    /** Replaces a segment's content by these frames. */
    private static void writeFrames(Path segment, List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        try {
            Files.write(segment, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
