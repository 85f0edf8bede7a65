package eu.coact.examples;

import eu.coact.core.files.FileTrees;
import eu.coact.examples.study.InputMistake;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a command finds the study it runs. {@code --study} names a study folder on disk; when
 * no such folder exists, it may name one of the example studies that travel inside the
 * launcher ({@code coact-mental-health}, {@code dementia-carers}), which are copied to a
 * temporary folder before use. Without {@code --study}, the demo study is used.
 */
public final class StudySource {

    /** The study used when none is named. */
    public static final String DEFAULT_STUDY = "coact-mental-health";

    private static final String BUNDLED = "studies";

    private StudySource() {}

    /**
     * The study folder to use.
     *
     * @param named     what {@code --study} said, if anything: a folder, or the name of a bundled study
     * @param scratch   a temporary folder a bundled study may be copied into
     * @return a folder on disk holding the study
     */
    public static Path resolve(Optional<String> named, Path scratch) {
        if (named.isPresent()) {
            Path folder = Path.of(named.get());
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        String name = named.orElse(DEFAULT_STUDY);
        if (!bundled().contains(name)) {
            throw new InputMistake("there is no study folder at " + name + "; give a folder, or one of the example "
                    + "studies: " + String.join(", ", bundled()));
        }
        return extract(name, scratch.resolve(name));
    }

    /** The names of the example studies inside the launcher. */
    public static List<String> bundled() {
        if (StudySource.class.getResource(BUNDLED) == null) {
            return List.of();
        }
        try {
            return withBundle(root -> {
                try (Stream<Path> entries = Files.list(root)) {
                    return entries.filter(p -> Files.isRegularFile(p.resolve("study.yaml")))
                            .map(p -> p.getFileName().toString().replace("/", ""))
                            .sorted()
                            .toList();
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("the launcher's example studies cannot be read", e);
        }
    }

    private static Path extract(String name, Path target) {
        try {
            withBundle(root -> {
                FileTrees.copy(root.resolve(name), target);
                return target;
            });
            return target;
        } catch (IOException e) {
            throw new InputMistake(
                    "the example study " + name + " could not be copied to " + target + ": " + e.getMessage());
        }
    }

    /** What to do with the bundled studies' root folder, wherever it is. */
    @FunctionalInterface
    private interface BundleAction<T> {
        T apply(Path root) throws IOException;
    }

    private static <T> T withBundle(BundleAction<T> action) throws IOException {
        URL url = StudySource.class.getResource(BUNDLED);
        if (url == null) {
            throw new IOException("this launcher was built without example studies");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("the example studies' location is not a URI: " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return action.apply(Path.of(uri));
        }
        try {
            return action.apply(FileSystems.getFileSystem(uri).provider().getPath(uri));
        } catch (FileSystemNotFoundException e) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return action.apply(jar.provider().getPath(uri));
            }
        }
    }
}
