package eu.coact.examples;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Validated;
import eu.coact.examples.study.InputMistake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The secret key that turns the terminal user into a pseudonym. Kept beside the conversation's
 * journal so that a conversation continued later is recognised as the same person; never
 * printed.
 */
final class ConsoleKey {

    private static final int BYTES = 32;
    private static final int MAX_BYTES = 1024;

    private ConsoleKey() {}

    /** Reads the key file, or creates it with a fresh random key readable only by its owner. */
    static byte[] loadOrCreate(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Validated<byte[]> read = RegularFiles.readBytes(file, MAX_BYTES);
            if (!(read instanceof Validated.Valid<byte[]> valid)) {
                throw new InputMistake(read.problems().errors().get(0).toString());
            }
            byte[] key = valid.value();
            if (key.length < BYTES) {
                throw new InputMistake(
                        file + " is not a console key file (too short); remove it to start a new " + "conversation");
            }
            return key;
        }
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        // Private folder and file (0700, 0600), written whole or not at all.
        AtomicFiles.write(file, key);
        return key;
    }
}
