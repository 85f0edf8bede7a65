package eu.coact.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the launcher in-process with given input, capturing its exit status and both output streams. */
record Launch(int exit, String out, String err) {

    /**
     * When every launch starts: a Monday at 05:00 UTC, before the default delivery window opens
     * (08:00 in Madrid), so a conversation's first story is always due later, never at once. On
     * the system's clock, the scripted conversations' expectations would hold only at some hours.
     */
    static final Clock START = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), ZoneOffset.UTC);

    static Launch typing(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Coact.run(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                START,
                args);
        return new Launch(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Launch of(String... args) {
        return typing("", args);
    }

    /** A study folder of the tests' resources. */
    static Path study(String name) {
        try {
            return Path.of(Launch.class.getResource("/studies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The legacy fixtures vendored in coact-content's test resources (one copy for the project;
     * tests run in their module's folder).
     */
    static Path legacyFixtures(String set) {
        return Path.of("..", "coact-content", "src", "test", "resources", "legacy", set);
    }
}
