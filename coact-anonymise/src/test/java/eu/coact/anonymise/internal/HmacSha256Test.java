package eu.coact.anonymise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HmacSha256Test {

    @Property(tries = 300)
    void agreesWithTheJdkMacForAnyKeyAndMessage(
            @ForAll @Size(min = 1, max = 150) byte[] key, @ForAll @Size(max = 300) byte[] message)
            throws GeneralSecurityException {
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key, "HmacSHA256"));
        assertThat(new HmacSha256(key).mac(message)).isEqualTo(jdk.doFinal(message));
    }

    @Property(tries = 100)
    void givesTheSameMacWhenReusedForManyMessages(
            @ForAll @Size(min = 32, max = 32) byte[] key,
            @ForAll @Size(max = 20) java.util.List<@Size(max = 40) byte[]> messages) {
        HmacSha256 reused = new HmacSha256(key);
        for (byte[] message : messages) {
            assertThat(reused.mac(message)).isEqualTo(new HmacSha256(key).mac(message));
        }
    }

    @Test
    void matchesRfc4231TestCase2() {
        byte[] key = "Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] data = "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(new HmacSha256(key).mac(data)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
