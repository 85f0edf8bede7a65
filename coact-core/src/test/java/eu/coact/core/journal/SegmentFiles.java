package eu.coact.core.journal;

import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.StoredRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Raw access to the segment files of a closed file journal, for tests that damage or inspect
 * them the way a disk fault or an attacker would.
 */
final class SegmentFiles {

    private SegmentFiles() {}

    /** The segment files of a journal directory, in order. */
    static List<Path> segments(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only segment of a journal that never grew past one. */
    static Path onlySegment(Path directory) {
        List<Path> segments = segments(directory);
        if (segments.size() != 1) {
            throw new IllegalStateException("expected one segment, found " + segments.size());
        }
        return segments.get(0);
    }

    /** Every byte of every segment, concatenated. */
    static byte[] allBytes(Path directory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path segment : segments(directory)) {
            out.writeBytes(read(segment));
        }
        return out.toByteArray();
    }

    /** The frames of one segment, in storage order. */
    static List<byte[]> frames(Path segment) {
        byte[] bytes = read(segment);
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

    /** Byte offset of a frame (0-based index) in a segment. */
    static long offsetOf(Path segment, int frameIndex) {
        long offset = 0;
        List<byte[]> frames = frames(segment);
        for (int i = 0; i < frameIndex; i++) {
            offset += frames.get(i).length;
        }
        return offset;
    }

    /** Replaces a segment's content by these frames. */
    static void writeFrames(Path segment, List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        write(segment, out.toByteArray());
    }

    /** Decodes a frame. */
    static StoredRecord decode(byte[] frame) {
        return RecordFrame.decode(frame, 0);
    }

    /** Encodes a record as a frame with a valid checksum, as a careful attacker would. */
    static byte[] encode(StoredRecord record) {
        return RecordFrame.encode(record);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index of the first occurrence of a byte pattern, or -1. */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
