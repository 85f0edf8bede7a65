package eu.coact.export.internal;

import eu.coact.core.files.PrivateFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The final answers of the consenting participants, kept in a compact temporary file between
 * the one pass over the journal and the writing of {@code answers.csv}: the disclosure gate must
 * decide who is released before any answer is written, and re-reading a few bytes per answer
 * costs far less than reading the journal a second time. Heap use does not grow with the number
 * of answers. The file sits beside the release, is readable only by its owner where the file
 * system allows, and is deleted when closed, whatever happened.
 *
 * <p>A participant may answer the same question twice: a block interrupted by a pause is run
 * again from its start after the pause. The latest answer counts; the replay leaves out the ones
 * it superseded. This bookkeeping holds one int per participant and question.
 */
final class AnswerSpill implements Closeable {

    /** Receives the answers back, in the order they were added, without superseded ones. */
    interface Visitor {
        void answer(int participant, int question, String value, int attempts, long epochSecond) throws IOException;
    }

    private final Path file;
    private DataOutputStream out;
    private long count;
    private int questions;
    /** Per participant and question, the 1-based position of the latest answer; empty until sized. */
    private int[] latest = new int[0];

    private AnswerSpill(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** A new spill file in the directory that will hold the release. */
    static AnswerSpill beside(Path release) throws IOException {
        Path parent = release.toAbsolutePath().normalize().getParent();
        PrivateFiles.createDirectories(parent);
        Path file = Files.createTempFile(parent, "." + release.getFileName() + ".answers-", ".tmp");
        // Answers before disclosure control: owner-only whatever the umask.
        PrivateFiles.restrict(file, PrivateFiles.FILE);
        return new AnswerSpill(file);
    }

    /**
     * Sizes the bookkeeping of latest answers; call once, before adding.
     *
     * @param participants how many participants may be added (indices 0 to participants - 1)
     * @param questionCount how many questions (indices 0 to questionCount - 1)
     */
    void expect(int participants, int questionCount) {
        this.questions = questionCount;
        this.latest = new int[Math.multiplyExact(participants, questionCount)];
    }

    void add(int participant, int question, String value, int attempts, long epochSecond) throws IOException {
        if (count == Integer.MAX_VALUE) {
            throw new IOException("more than " + Integer.MAX_VALUE + " answers in one release");
        }
        out.writeInt(participant);
        out.writeInt(question);
        out.writeUTF(value);
        out.writeByte(attempts);
        out.writeLong(epochSecond);
        count++;
        if (latest.length > 0) {
            latest[participant * questions + question] = (int) count;
        }
    }

    long count() {
        return count;
    }

    /** Hands every answer back in order; no more can be added afterwards. */
    void replay(Visitor visitor) throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long i = 1; i <= count; i++) {
                int participant = in.readInt();
                int question = in.readInt();
                String value = in.readUTF();
                int attempts = in.readUnsignedByte();
                long epochSecond = in.readLong();
                if (latest.length == 0 || latest[participant * questions + question] == i) {
                    visitor.answer(participant, question, value, attempts, epochSecond);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
