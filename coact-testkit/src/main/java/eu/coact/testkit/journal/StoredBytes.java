package eu.coact.testkit.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a store keeps on disk, read as someone holding its files would: every byte of every file
 * under a folder, and where a byte pattern (an identity, a word to flip) stands in it. The
 * privacy tests search these bytes for identities; the tamper tests find what to change.
 */
public final class StoredBytes {

    private StoredBytes() {}

    /**
     * Every byte of every regular file under a folder, the files in path order.
     *
     * @param root the folder
     * @return the bytes, concatenated
     */
    public static byte[] under(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (Path file : files) {
                all.writeBytes(Files.readAllBytes(file));
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a byte pattern first stands in some bytes.
     *
     * @param haystack the bytes searched
     * @param needle   the pattern
     * @return its first index, or -1 when it does not occur
     */
    public static int indexOf(byte[] haystack, byte[] needle) {
        int last = haystack.length - needle.length;
        for (int i = 0; i <= last; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
