package eu.coact.testkit.frictionless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs frictionlessdata's datapackage-js and tableschema-js (npm), an implementation of the
 * Frictionless specifications that shares no code with the SDK, on a Data Package folder. It is
 * installed by the project's CI script under {@code .ci/frictionless} (or where the environment
 * variable {@code COACT_FRICTIONLESS} points) and needs Node.js on the PATH. Immutable.
 */
public final class FrictionlessCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path node;
    private final Path folder;

    private FrictionlessCheck(Path node, Path folder) {
        this.node = node;
        this.folder = folder;
    }

    /**
     * The installed checker, looked for in {@code COACT_FRICTIONLESS} or {@code ../.ci/frictionless}
     * (a module folder's parent is the project).
     *
     * @return the checker, or empty when Node.js or the package is missing (see {@link #missing()})
     */
    public static Optional<FrictionlessCheck> find() {
        Path folder = folder();
        Optional<Path> node = node();
        if (node.isEmpty() || !Files.isRegularFile(folder.resolve("node_modules/datapackage/package.json"))) {
            return Optional.empty();
        }
        return Optional.of(new FrictionlessCheck(node.get(), folder));
    }

    /** Why {@link #find()} found nothing, and how to install it. */
    public static String missing() {
        return node().isEmpty()
                ? "Node.js is not installed (Debian: apt-get install nodejs npm)"
                : "datapackage-js is not installed in " + folder() + " (run .ci/run, or npm ci there)";
    }

    /** True when tests run under CI, where a missing checker is a failure, not a skip. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Checks a package: its descriptor against the Data Package profile, then every row of every
     * table (types, constraints, primary and foreign keys).
     *
     * @param packageFolder the folder holding {@code datapackage.json}
     * @return what the checker found
     * @throws IOException when it cannot be run or gives no answer within two minutes
     */
    public Result check(Path packageFolder) throws IOException {
        Path out = Files.createTempFile("frictionless", ".json");
        Path err = Files.createTempFile("frictionless", ".err");
        try {
            Process process = new ProcessBuilder(
                            node.toString(),
                            folder.resolve("validate.js").toString(),
                            packageFolder.toAbsolutePath().toString())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("datapackage-js did not finish within two minutes");
            }
            String stdout = Files.readString(out);
            if (stdout.isBlank()) {
                throw new IOException("datapackage-js gave no answer: " + Files.readString(err));
            }
            return Result.of(JSON.readTree(stdout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while datapackage-js ran", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * What the checker found.
     *
     * @param valid      true when nothing is wrong
     * @param descriptor the descriptor's errors
     * @param tables     per resource: its name, whether it was read as a table, its rows and errors
     * @param json       the checker's whole answer, for messages
     */
    public record Result(boolean valid, List<String> descriptor, List<Table> tables, String json) {

        /** Copies the lists. */
        public Result {
            descriptor = List.copyOf(descriptor);
            tables = List.copyOf(tables);
        }

        static Result of(JsonNode root) {
            List<String> descriptor = new ArrayList<>();
            root.path("descriptor").forEach(e -> descriptor.add(e.asText()));
            List<Table> tables = new ArrayList<>();
            for (JsonNode r : root.path("resources")) {
                List<String> errors = new ArrayList<>();
                r.path("errors").forEach(e -> errors.add(e.asText()));
                tables.add(new Table(
                        r.path("name").asText(),
                        r.path("tabular").asBoolean(),
                        r.path("rows").asLong(),
                        errors));
            }
            return new Result(root.path("valid").asBoolean(), descriptor, tables, root.toPrettyString());
        }

        /** The resource of this name. */
        public Optional<Table> table(String name) {
            return tables.stream().filter(t -> t.name().equals(name)).findFirst();
        }
    }

    /**
     * One resource as the checker read it.
     *
     * @param name    the resource name
     * @param tabular true when its rows were read and checked
     * @param rows    the rows read
     * @param errors  the first errors found (at most 20)
     */
    public record Table(String name, boolean tabular, long rows, List<String> errors) {

        /** Copies the errors. */
        public Table {
            errors = List.copyOf(errors);
        }
    }

    private static Path folder() {
        return Optional.ofNullable(System.getenv("COACT_FRICTIONLESS"))
                .map(Paths::get)
                .orElse(Paths.get("..", ".ci", "frictionless"))
                .toAbsolutePath()
                .normalize();
    }

    private static Optional<Path> node() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Paths.get(d, "node");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
