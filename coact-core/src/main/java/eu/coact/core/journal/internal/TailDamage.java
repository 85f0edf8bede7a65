package eu.coact.core.journal.internal;

import eu.coact.core.files.PrivateFiles;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/**
 * Tells a torn final record (an append cut short by a crash, never acknowledged) from damage
 * that would lose acknowledged entries if it were cut, and sets cut bytes aside on repair.
 *
 * <p>A torn final record is at most one frame: either an incomplete header, or a header whose
 * frame runs to or past the end of the file (or ends before it with only zeros after it — a
 * file that a crash left longer than what was written); no intact frame may follow it. Anything
 * else — garbage over several frames, an intact frame after the damage — is not torn but damaged.
 */
public final class TailDamage {

    /** The folder, inside the journal directory, where repair keeps what it cut. */
    public static final String CUT_FOLDER = "cut";

    private TailDamage() {}

    /** True when the bytes from {@code pos} to {@code n} are one torn final record (and zeros after it). */
    public static boolean tornFinalRecord(MappedByteBuffer map, int pos, int n) {
        if (n - pos < RecordFrame.HEADER_BYTES) {
            return true;
        }
        int body = RecordFrame.bodyLength(map.slice(pos, RecordFrame.HEADER_BYTES));
        long end =
                body < 0 ? pos + RecordFrame.HEADER_BYTES : Math.min(n, (long) pos + RecordFrame.HEADER_BYTES + body);
        for (long i = end; i < n; i++) {
            if (map.get((int) i) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many records seem to start between {@code pos} and {@code n} (a frame marker followed
     * by a possible length), at least 1 when there is anything at all: an estimate of what
     * cutting there would lose.
     */
    public static long recordsFrom(MappedByteBuffer map, int pos, int n) {
        long count = 0;
        for (int i = pos; i + RecordFrame.HEADER_BYTES <= n; i++) {
            if (map.getInt(i) == RecordFrame.MAGIC
                    && RecordFrame.bodyLength(map.slice(i, RecordFrame.HEADER_BYTES)) >= 0) {
                count++;
            }
        }
        return Math.max(count, n > pos ? 1 : 0);
    }

    /** Writes the bytes to be cut into a new private file in the journal's cut folder, durably. */
    public static Path setAside(Path directory, String segmentName, int pos, byte[] bytes) throws IOException {
        Path folder = directory.resolve(CUT_FOLDER);
        PrivateFiles.createDirectories(folder);
        Path file = folder.resolve(segmentName + ".from-" + pos + ".cut");
        for (int n = 2; java.nio.file.Files.exists(file); n++) {
            file = folder.resolve(segmentName + ".from-" + pos + "." + n + ".cut");
        }
        PrivateFiles.writeNew(file, bytes);
        return file;
    }
}
