package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FolderWalkProperties {

    /** One entry of a generated folder: a path and whether it is a file or a link to one outside. */
    record Entry(String path, boolean link) {}

    @Property(tries = 40)
    void everyRegularFileIsListedAndEveryLinkIsAProblemNeverAFile(@ForAll("trees") List<Entry> entries)
            throws IOException {
        Path base = Files.createTempDirectory("walk");
        try {
            Path outside = Files.writeString(base.resolve("outside.txt"), "secret");
            Path root = Files.createDirectories(base.resolve("root"));
            Set<Path> files = new TreeSet<>();
            Set<String> links = new TreeSet<>();
            for (Entry e : entries) {
                Path at = root.resolve(e.path());
                if (Files.exists(at, java.nio.file.LinkOption.NOFOLLOW_LINKS) || blockedByFile(root, at)) {
                    continue;
                }
                Files.createDirectories(at.getParent());
                if (e.link()) {
                    Files.createSymbolicLink(at, outside);
                    links.add(at.toString());
                } else {
                    Files.writeString(at, e.path());
                    files.add(at);
                }
            }
            FolderListing listing = FolderWalk.list(root, Integer.MAX_VALUE);
            assertThat(listing.files()).containsExactlyElementsOf(files);
            assertThat(listing.problems().asList())
                    .allSatisfy(p -> assertThat(p.code()).isEqualTo("file-is-link"));
            assertThat(listing.problems().asList())
                    .extracting(p -> p.location().source())
                    .containsExactlyInAnyOrderElementsOf(links);
        } finally {
            FileTrees.delete(base);
        }
    }

    private static boolean blockedByFile(Path root, Path at) {
        for (Path p = at.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<List<Entry>> trees() {
        Arbitrary<String> part =
                Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> path = part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("/", parts));
        return Combinators.combine(path, Arbitraries.of(true, false))
                .as(Entry::new)
                .list()
                .ofMaxSize(12);
    }
}
