package eu.coact.content;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Where the example content and the shared fixtures are, for tests. */
public final class Examples {

    private Examples() {
    }

    /** A folder or file under the test resources' {@code examples/}. */
    public static Path example(String name) {
        try {
            return Path.of(Objects.requireNonNull(Examples.class.getResource("/examples/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared legacy fixtures folder. */
    public static Path legacyFixtures() {
        String shared = System.getProperty("coact.shared.dir", "../../shared");
        return Path.of(shared, "fixtures", "legacy-coactuem");
    }
}
