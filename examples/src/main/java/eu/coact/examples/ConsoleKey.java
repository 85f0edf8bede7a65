package eu.coact.examples;

import eu.coact.examples.study.InputMistake;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret key that turns the terminal user into a pseudonym. Kept beside the conversation's
 * journal so that a conversation continued later is recognised as the same person; never
 * printed.
 */
final class ConsoleKey {

    private static final int BYTES = 32;

    private ConsoleKey() {
    }

    /** Reads the key file, or creates it with a fresh random key readable only by its owner. */
    static byte[] loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] key = Files.readAllBytes(file);
            if (key.length < BYTES) {
                throw new InputMistake(file + " is not a console key file (too short); remove it to start a new "
                        + "conversation");
            }
            return key;
        }
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // File systems without POSIX permissions (Windows) rely on the user's folder permissions.
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file);
        }
        Files.write(file, key);
        return key;
    }
}
