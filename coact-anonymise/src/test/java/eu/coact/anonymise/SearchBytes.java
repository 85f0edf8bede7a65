package eu.coact.anonymise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test support: looks for an identity, and everything anyone could derive from it without a
 * key, in every byte stored under a directory.
 */
final class SearchBytes {

    private SearchBytes() {}

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The value in common encodings, and unkeyed digests of it and of its channel form. */
    static Map<String, byte[]> derivedWithoutKey(String channel, String value) {
        Map<String, byte[]> needles = new LinkedHashMap<>();
        List<byte[]> forms = new ArrayList<>();
        forms.add(value.getBytes(StandardCharsets.UTF_8));
        forms.add((channel + "\0" + value).getBytes(StandardCharsets.UTF_8));
        forms.add((channel + ":" + value).getBytes(StandardCharsets.UTF_8));
        needles.put("utf-8", value.getBytes(StandardCharsets.UTF_8));
        needles.put("utf-16le", value.getBytes(StandardCharsets.UTF_16LE));
        needles.put("utf-16be", value.getBytes(StandardCharsets.UTF_16BE));
        needles.put("lower case", value.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        needles.put(
                "hex",
                HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
        needles.put(
                "base64",
                Base64.getEncoder()
                        .withoutPadding()
                        .encodeToString(value.getBytes(StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.US_ASCII));
        int n = 0;
        for (byte[] form : forms) {
            for (String algorithm : List.of("MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256")) {
                byte[] digest = digest(algorithm, form);
                String name = algorithm + "#" + n;
                needles.put(name + " raw", digest);
                needles.put(name + " hex", HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
                needles.put(
                        name + " base64",
                        Base64.getEncoder()
                                .withoutPadding()
                                .encodeToString(digest)
                                .getBytes(StandardCharsets.US_ASCII));
                needles.put(
                        name + " base64url",
                        Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(digest)
                                .getBytes(StandardCharsets.US_ASCII));
            }
            n++;
        }
        return needles;
    }

    private static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under a directory, with its bytes; file names are included as bytes too. */
    static Map<Path, byte[]> everyStoredByte(Path dir) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                byte[] name = p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                byte[] content = Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
                byte[] both = new byte[name.length + 1 + content.length];
                System.arraycopy(name, 0, both, 0, name.length);
                System.arraycopy(content, 0, both, name.length + 1, content.length);
                files.put(p, both);
            }
        }
        return files;
    }

    /** The names of the needles found anywhere under the directory, with the file. */
    static List<String> findAll(Path dir, Map<String, byte[]> needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : everyStoredByte(dir).entrySet()) {
            for (Map.Entry<String, byte[]> needle : needles.entrySet()) {
                if (contains(file.getValue(), needle.getValue())) {
                    found.add(needle.getKey() + " in " + dir.relativize(file.getKey()));
                }
            }
        }
        return found;
    }
}
