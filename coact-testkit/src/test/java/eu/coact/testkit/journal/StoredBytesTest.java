package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredBytesTest {

    @Property(tries = 500)
    void findsAPatternWhereATextSearchOverTheSameBytesDoes(
            @ForAll @Size(max = 40) byte[] haystack, @ForAll @Size(max = 3) byte[] needle) {
        // ISO-8859-1 maps every byte to one character, so a text search is a reference byte search.
        String text = new String(haystack, StandardCharsets.ISO_8859_1);
        String pattern = new String(needle, StandardCharsets.ISO_8859_1);
        assertThat(StoredBytes.indexOf(haystack, needle)).isEqualTo(text.indexOf(pattern));
    }

    @Test
    void readsEveryFileUnderAFolderIncludingSubfolders(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("segments"));
        Files.writeString(root.resolve("a.bin"), "first");
        Files.writeString(root.resolve("segments/b.bin"), "second");

        byte[] all = StoredBytes.under(root);

        assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo("firstsecond");
        assertThat(StoredBytes.indexOf(all, "second".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(5);
    }
}
