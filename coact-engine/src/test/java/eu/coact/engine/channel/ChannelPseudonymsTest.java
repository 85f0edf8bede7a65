package eu.coact.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.KeyRing;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
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

    private static final PseudonymDomain DOMAIN = PseudonymDomain.of("engine-test", "participation");
    private static final Pseudonymiser STUDY = pseudonymiser("a test key that is long enough for HMAC-SHA-256");
    private static final Pseudonymiser OTHER = pseudonymiser("another test key, also long enough for the MAC");

    private static Pseudonymiser pseudonymiser(String secret) {
        return Pseudonymiser.of(
                KeyRing.of(PseudonymKey.of(KeyId.of("k1"), secret.getBytes(StandardCharsets.UTF_8))), DOMAIN);
    }

    @Property
    void theSameIdentityAlwaysGivesTheStudysPseudonymAndItNeverContainsTheAddress(
            @ForAll @NumericChars @StringLength(min = 5, max = 15) String address) {
        ChannelPseudonyms pseudonyms = ChannelPseudonyms.of(STUDY);
        ChannelIdentity identity = ChannelIdentity.of("telegram", address);
        assertThat(pseudonyms.pseudonymOf(identity))
                .isEqualTo(pseudonyms.pseudonymOf(identity))
                .isEqualTo(STUDY.pseudonymOf(eu.coact.anonymise.ChannelIdentity.of("telegram", address)));
        assertThat(pseudonyms.pseudonymOf(identity).value()).doesNotContain(address);
    }

    @Property
    void anotherKeyOrChannelGivesAnotherPseudonym(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String address) {
        ChannelIdentity identity = ChannelIdentity.of("telegram", address);
        assertThat(ChannelPseudonyms.of(STUDY).pseudonymOf(identity))
                .isNotEqualTo(ChannelPseudonyms.of(OTHER).pseudonymOf(identity))
                .isNotEqualTo(ChannelPseudonyms.of(STUDY).pseudonymOf(ChannelIdentity.of("signal", address)));
    }

    @Test
    void aPseudonymIsNotAnUnkeyedHashOfTheIdentity() throws Exception {
        ChannelIdentity identity = ChannelIdentity.of("telegram", "123456789");
        String pseudonym = ChannelPseudonyms.of(STUDY).pseudonymOf(identity).value();
        for (String algorithm : new String[] {"SHA-1", "SHA-256"}) {
            byte[] plain = MessageDigest.getInstance(algorithm).digest("123456789".getBytes(StandardCharsets.UTF_8));
            assertThat(pseudonym)
                    .isNotEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(plain));
        }
    }

    @Test
    void neitherKeyNorAddressIsEverPrinted() {
        assertThat(ChannelPseudonyms.of(STUDY).toString()).doesNotContain("test key");
        assertThat(ChannelIdentity.of("telegram", "123456789").toString()).doesNotContain("123456789");
    }
}
