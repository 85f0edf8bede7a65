package eu.coact.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of a quote: {@code q-} and 16 hex digits of a SHA-256 digest of the block, the question
 * and the scrubbed text. It depends on what is quoted, never on who wrote it, so the team can
 * approve a quote by its id across runs of the release, and nothing links a quote to a participant.
 */
final class QuoteIds {

    private static final Pattern ID = Pattern.compile("q-[0-9a-f]{16}");

    private QuoteIds() {}

    static String of(String block, String question, String scrubbedText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(
                    (block + '\u0000' + question + '\u0000' + scrubbedText).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static boolean looksLikeId(String text) {
        return ID.matcher(text).matches();
    }
}
