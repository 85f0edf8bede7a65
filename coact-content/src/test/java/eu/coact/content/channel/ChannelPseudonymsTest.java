package eu.coact.content.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ChannelPseudonymsTest {

    private static final byte[] KEY = "a test key that is long enough for HMAC-SHA-256".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another test key, also long enough for the MAC".getBytes(StandardCharsets.UTF_8);

    @Property
    void theSameIdentityAlwaysGivesTheSamePseudonymAndItNeverContainsTheAddress(
            @ForAll @NumericChars @StringLength(min = 5, max = 15) String address) {
        ChannelPseudonyms pseudonyms = ChannelPseudonyms.keyed(KEY);
        ChannelIdentity identity = new ChannelIdentity("telegram", address);
        assertThat(pseudonyms.pseudonymOf(identity)).isEqualTo(pseudonyms.pseudonymOf(identity));
        assertThat(pseudonyms.pseudonymOf(identity).value()).doesNotContain(address);
    }

    @Property
    void anotherKeyOrChannelGivesAnotherPseudonym(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String address) {
        ChannelIdentity identity = new ChannelIdentity("telegram", address);
        assertThat(ChannelPseudonyms.keyed(KEY).pseudonymOf(identity))
                .isNotEqualTo(ChannelPseudonyms.keyed(OTHER_KEY).pseudonymOf(identity))
                .isNotEqualTo(ChannelPseudonyms.keyed(KEY).pseudonymOf(new ChannelIdentity("signal", address)));
    }

    @Test
    void aPseudonymIsNotAnUnkeyedHashOfTheIdentity() throws Exception {
        ChannelIdentity identity = new ChannelIdentity("telegram", "123456789");
        String pseudonym = ChannelPseudonyms.keyed(KEY).pseudonymOf(identity).value();
        for (String algorithm : new String[] {"SHA-1", "SHA-256"}) {
            byte[] plain = MessageDigest.getInstance(algorithm).digest("123456789".getBytes(StandardCharsets.UTF_8));
            assertThat(pseudonym).isNotEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(plain));
        }
    }

    @Test
    void aShortKeyIsRefusedAndNeitherKeyNorAddressIsEverPrinted() {
        assertThatThrownBy(() -> ChannelPseudonyms.keyed(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChannelPseudonyms.keyed(KEY).toString()).doesNotContain("test key");
        assertThat(new ChannelIdentity("telegram", "123456789").toString()).doesNotContain("123456789");
    }
}
