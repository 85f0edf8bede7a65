package eu.coact.anonymise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AesSivTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void matchesTheDeterministicExampleOfRfc5297() {
        AesSiv siv = new AesSiv(HEX.parseHex("fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"));
        byte[] sealed = siv.seal(
                HEX.parseHex("112233445566778899aabbccddee"),
                HEX.parseHex("101112131415161718191a1b1c1d1e1f2021222324252627"));
        assertThat(HEX.formatHex(sealed)).isEqualTo("85632d07c6e8f37f950acd320a2ecc9340c02b9690c4dc04daef7f6afe5c");
    }

    @Test
    void matchesAnIndependentImplementationForA512BitKeyAndTwoAssociatedParts() {
        byte[] key = new byte[64];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        byte[] sealed = new AesSiv(key)
                .seal(
                        "a pseudonym that is long enough to span blocks"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "ad-one".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "ad-two".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(HEX.formatHex(sealed))
                .isEqualTo("2d81f7be7139d4e9f2b6f6eae1537191f63972ca6bc0ac724efa5d7023bce218"
                        + "3c27693eb38fd7fbee1a1703c81eff98e24e5336f925649e2889be0bbb8e");
    }

    @Property(tries = 300)
    void opensWhatItSealed(
            @ForAll @Size(min = 64, max = 64) byte[] key,
            @ForAll @Size(max = 100) byte[] plain,
            @ForAll @Size(max = 20) byte[] associated) {
        AesSiv siv = new AesSiv(key);
        assertThat(siv.open(siv.seal(plain, associated), associated))
                .hasValueSatisfying(opened -> assertThat(opened).isEqualTo(plain));
    }

    @Property(tries = 300)
    void refusesAnyChangedByte(
            @ForAll @Size(min = 64, max = 64) byte[] key,
            @ForAll @Size(max = 60) byte[] plain,
            @ForAll @IntRange(min = 0, max = 200) int at,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        AesSiv siv = new AesSiv(key);
        byte[] sealed = siv.seal(plain);
        sealed[at % sealed.length] ^= (byte) flip;
        assertThat(siv.open(sealed)).isEmpty();
    }
}
