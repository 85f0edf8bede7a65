package eu.coact.anonymise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ConstantTimeTest {

    @Property(tries = 500)
    void bytesAreEqualExactlyWhenArraysEqualSaysSo(@ForAll @Size(max = 40) byte[] a, @ForAll @Size(max = 40) byte[] b) {
        assertThat(ConstantTime.equal(a, b)).isEqualTo(Arrays.equals(a, b));
        assertThat(ConstantTime.equal(a, a.clone())).isTrue();
    }

    @Property(tries = 500)
    void anySingleByteChangeIsNoticed(
            @ForAll @Size(min = 1, max = 64) byte[] a,
            @ForAll @IntRange(min = 0, max = 63) int at,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] b = a.clone();
        b[at % b.length] ^= (byte) flip;
        assertThat(ConstantTime.equal(a, b)).isFalse();
    }

    @Property(tries = 500)
    void charactersAreEqualExactlyWhenStringsAre(@ForAll String a, @ForAll String b) {
        assertThat(ConstantTime.equal(a, b)).isEqualTo(a.equals(b));
        assertThat(ConstantTime.equal(a, new String(a))).isTrue();
    }

    /**
     * Secrets, pseudonyms, tags and tokens are compared only through {@link ConstantTime}: the
     * main code of the pseudonym and vault packages never uses an early-exit comparison on bytes.
     */
    @Test
    void mainCodeComparesSecretBytesOnlyInConstantTime() throws IOException {
        Path root = Path.of("src/main/java/eu/coact/anonymise");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root, 2)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("disclosure")
                            && !p.toString().contains("audit"))
                    .toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source);
            assertThat(text)
                    .as(source.toString())
                    .doesNotContain("Arrays.equals(")
                    .doesNotContain("MessageDigest.isEqual(")
                    .doesNotContain("Arrays.hashCode(");
        }
    }
}
