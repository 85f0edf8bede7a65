package eu.coact.core.files;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads files that people give the SDK (study folders, hierarchies, consent documents, legacy
 * exports, release CSVs) safely: only a regular file is opened, never what a symbolic link points
 * to, never a device, FIFO or socket (so {@code /dev/zero} cannot exhaust memory and a FIFO cannot
 * hang a command), and never more than a stated number of bytes. Every refusal is a
 * {@link Problem} naming the file; no exception reaches the caller for a bad file.
 *
 * <p>Text is UTF-8 with one byte-order-mark policy for the whole SDK: a leading UTF-8 byte-order
 * mark is dropped; bytes that are not UTF-8 are refused with the byte offset of the first one.
 *
 * <p>The type of the file is checked without following links before it is opened, and it is
 * opened with {@link LinkOption#NOFOLLOW_LINKS}, so a link swapped in after the check is refused
 * by the operating system. A FIFO swapped in between the check and the open is not caught: the
 * check and the open are two system calls, and Java cannot open without blocking.
 *
 * <p>Problem codes: {@code file-not-found}, {@code file-is-link}, {@code file-not-regular},
 * {@code document-too-large}, {@code file-not-utf8}, {@code file-unreadable}.
 */
public final class RegularFiles {

    private static final int BOM_LENGTH = 3;

    private RegularFiles() {}

    /**
     * Checks that a path names a regular file, without following a link.
     *
     * @param file     the file
     * @param maxBytes the largest size accepted
     * @return the file's size, or the problem that stops it from being read
     */
    public static Validated<Long> check(Path file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Validated.invalid(Problem.error("file-not-found", "The file does not exist.", at(file)));
        } catch (IOException | SecurityException e) {
            return unreadable(file, e);
        }
        Validated<Long> kind = kind(file, attributes);
        if (!kind.isValid()) {
            return kind;
        }
        if (attributes.size() > maxBytes) {
            return tooLarge(file, maxBytes);
        }
        return Validated.valid(attributes.size());
    }

    /**
     * Whether attributes read without following links describe a regular file; a refusal names the
     * kind of file found.
     *
     * @param file       the file, for the problem
     * @param attributes its attributes, read with {@link LinkOption#NOFOLLOW_LINKS}
     * @return the size, or the problem
     */
    public static Validated<Long> kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return Validated.invalid(Problem.error(
                    "file-is-link",
                    "This is a symbolic link; links are not followed. Put the file itself here.",
                    at(file)));
        }
        if (attributes.isDirectory()) {
            return Validated.invalid(
                    Problem.error("file-not-regular", "This is a folder where a file is expected.", at(file)));
        }
        if (!attributes.isRegularFile()) {
            return Validated.invalid(Problem.error(
                    "file-not-regular",
                    "This is a device, FIFO or socket, not a regular file; it is not read.",
                    at(file)));
        }
        return Validated.valid(attributes.size());
    }

    /**
     * Opens a regular file for streaming, for files too large to hold in memory (release CSVs).
     * The caller closes the stream and bounds what it reads.
     *
     * @param file the file
     * @return the open stream, or the problem that stops it from being opened
     */
    public static Validated<InputStream> open(Path file) {
        return check(file, Long.MAX_VALUE).flatMap(size -> openChecked(file));
    }

    /**
     * Reads a whole regular file of at most {@code maxBytes} bytes.
     *
     * @param file     the file
     * @param maxBytes the largest size accepted
     * @return the bytes, or the problem that stops them from being read
     */
    public static Validated<byte[]> readBytes(Path file, long maxBytes) {
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be between 0 and " + (Integer.MAX_VALUE - 1));
        }
        return check(file, maxBytes).flatMap(size -> openChecked(file)).flatMap(in -> {
            try (in) {
                // The size was checked, but the file may have grown since (or be a file that reports no size).
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                return bytes.length > maxBytes ? tooLarge(file, maxBytes) : Validated.valid(bytes);
            } catch (IOException e) {
                return unreadable(file, e);
            }
        });
    }

    /**
     * Reads a whole regular file of at most {@code maxBytes} bytes as UTF-8 text (see the class
     * comment for the byte-order mark).
     *
     * @param file     the file
     * @param maxBytes the largest size accepted, in bytes
     * @return the text, or the problem that stops it from being read
     */
    public static Validated<String> readUtf8(Path file, long maxBytes) {
        return readBytes(file, maxBytes).flatMap(bytes -> decodeUtf8(file.toString(), bytes));
    }

    /**
     * Decodes UTF-8 bytes with the SDK's one policy: a leading byte-order mark is dropped, and
     * bytes that are not UTF-8 are a problem naming the byte offset (0-based, counted from the
     * start of the bytes, the mark included) of the first bad byte.
     *
     * @param source the name for the problem, e.g. the file the bytes came from
     * @param bytes  the bytes
     * @return the text, or the problem
     */
    public static Validated<String> decodeUtf8(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return Validated.invalid(Problem.error(
                    "file-not-utf8",
                    "The file is not UTF-8 text: the byte at offset " + in.position()
                            + " is not valid UTF-8. Save the file as UTF-8.",
                    Location.of(source)));
        }
        return Validated.valid(out.flip().toString());
    }

    /** Whether bytes start with the UTF-8 byte-order mark. */
    static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Validated<InputStream> openChecked(Path file) {
        try {
            return Validated.valid(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Validated.invalid(Problem.error("file-not-found", "The file does not exist.", at(file)));
        } catch (FileSystemException e) {
            // ELOOP: a link was put in the file's place after the check.
            if (Files.isSymbolicLink(file)) {
                return Validated.invalid(Problem.error(
                        "file-is-link",
                        "This is a symbolic link; links are not followed. Put the file itself here.",
                        at(file)));
            }
            return unreadable(file, e);
        } catch (IOException | SecurityException e) {
            return unreadable(file, e);
        }
    }

    private static <T> Validated<T> tooLarge(Path file, long maxBytes) {
        return Validated.invalid(Problem.error(
                "document-too-large", "The file is larger than " + maxBytes + " bytes, the most read here.", at(file)));
    }

    static <T> Validated<T> unreadable(Path file, Exception e) {
        return Validated.invalid(Problem.error(
                "file-unreadable", "The file could not be read (" + e.getClass().getSimpleName() + ").", at(file)));
    }

    private static Location at(Path file) {
        return Location.of(file.toString());
    }
}
