package eu.coact.content;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Where the example content and the legacy fixtures are, for tests. */
public final class Examples {

    private Examples() {}

    /** A folder or file under the test resources' {@code examples/}. */
    public static Path example(String name) {
        try {
            return Path.of(Objects.requireNonNull(Examples.class.getResource("/examples/" + name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first set of legacy fixtures, vendored in the test resources' {@code legacy/}. */
    public static Path legacyFixtures() {
        return legacy("legacy-coactuem");
    }

    /** A set of legacy fixtures in the test resources' {@code legacy/} folder. */
    public static Path legacy(String set) {
        try {
            return Path.of(Objects.requireNonNull(Examples.class.getResource("/legacy/" + set), set)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
