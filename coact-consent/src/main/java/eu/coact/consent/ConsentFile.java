package eu.coact.consent;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file that belongs to a consent document in one language, such as the signed-off PDF of the
 * information sheet: participants receive it after the document's text, and its bytes are part of
 * what the document's digest covers, so a changed file is a new document version. Immutable; no
 * part is null.
 *
 * @param name      where the file is, relative to the study's {@code media/} folder, with {@code /}
 *                  between folders (e.g. {@code consent/consent-en.pdf}); never absolute, never
 *                  with {@code ..}
 * @param mediaType the file's media type, from its extension (e.g. {@code application/pdf})
 * @param sha256    the lower-case hexadecimal SHA-256 digest of the file's bytes
 */
public record ConsentFile(String name, String mediaType, String sha256) {

    /** The largest consent file accepted: well below what messaging platforms take from a bot. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}._\\- ]+(/[\\p{L}\\p{N}._\\- ]+)*");

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain",
            "html", "text/html");

    /** Validates the parts. */
    public ConsentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (!safeName(name)) {
            throw new IllegalArgumentException("a consent file is named by a path inside the media folder, "
                    + "folders separated by '/', without '..'");
        }
        if (!MEDIA_TYPES.containsValue(mediaType)) {
            throw new IllegalArgumentException("a consent file is one of " + extensions());
        }
        if (!HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a file digest is 64 lower-case hexadecimal characters");
        }
    }

    /**
     * The digest a consent file's bytes are published and checked with.
     *
     * @param bytes the file's bytes
     * @return their lower-case hexadecimal SHA-256
     */
    public static String sha256Of(byte[] bytes) {
        return eu.coact.consent.internal.Digests.sha256Hex(bytes);
    }

    /**
     * Whether a name can name a consent file: relative, inside the media folder, plain characters.
     *
     * @param name the name as written
     * @return true when it is acceptable
     */
    public static boolean safeName(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals(".") || part.equals("..") || part.isBlank() || part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The media type a consent file with this name has.
     *
     * @param name the file's name
     * @return the media type, or empty when the extension is not one a consent file may have
     */
    public static Optional<String> mediaTypeOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The extensions a consent file may have, for messages to authors. */
    public static String extensions() {
        return "a .pdf, .odt, .docx, .txt or .html file";
    }
}
