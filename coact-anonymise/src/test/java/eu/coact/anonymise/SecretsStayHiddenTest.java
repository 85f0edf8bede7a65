package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys and identities never appear in {@code toString} or exception messages. */
class SecretsStayHiddenTest {

    @TempDir
    Path dir;

    @Test
    void keysShowOnlyTheirId() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i * 7 + 3);
        }
        PseudonymKey key = PseudonymKey.of(KeyId.of("visible-id"), secret);
        String hex = HexFormat.of().formatHex(secret);
        String base64 = java.util.Base64.getEncoder().encodeToString(secret);
        for (Object shown : new Object[] {
            key,
            KeyRing.of(key),
            Pseudonymiser.of(key, PseudonymDomain.of("s", "p")),
            ReversibleTokens.of(key, PseudonymDomain.of("s", "p")),
            ReleasePseudonyms.of(key, eu.coact.core.StudyId.of("s"), ReleaseId.of("r"))
        }) {
            assertThat(shown.toString())
                    .doesNotContain(hex)
                    .doesNotContain(base64)
                    .doesNotContain(java.util.Arrays.toString(secret));
        }
        assertThat(key.toString()).contains("visible-id");
    }

    @Test
    void identitiesShowOnlyTheirChannel() {
        ChannelIdentity identity = ChannelIdentity.of("email", "maria.garcia@example.org");
        assertThat(identity.toString())
                .contains("email")
                .doesNotContain("maria")
                .doesNotContain("example.org");
        try (IdentityVault vault = IdentityVault.openWithKey(dir, PseudonymKey.generate(KeyId.of("v")))) {
            vault.admit(identity);
            assertThat(vault.toString()).doesNotContain("maria");
        }
    }

    @Test
    void invalidIdentitiesAreRefusedWithoutQuotingThem() {
        String tooLong = "612345678".repeat(60);
        assertThatThrownBy(() -> ChannelIdentity.of("phone", tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("612345678");
        assertThatThrownBy(() -> ChannelIdentity.of("phone", "612\n345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("612");
        assertThatThrownBy(() -> ChannelIdentity.of("Phone Number", "612345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("612345678");
    }

    /** Nothing in the pseudonym, vault or scrubbing code writes to a log or the console. */
    @Test
    void theCodeThatHandlesSecretsAndIdentitiesNeverLogs() throws java.io.IOException {
        java.util.List<Path> sources;
        try (java.util.stream.Stream<Path> files =
                java.nio.file.Files.walk(Path.of("src/main/java/eu/coact/anonymise"))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("disclosure")
                            && !p.toString().contains("audit"))
                    .toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            assertThat(java.nio.file.Files.readString(source))
                    .as(source.toString())
                    .doesNotContain("System.out")
                    .doesNotContain("System.err")
                    .doesNotContain("printStackTrace")
                    .doesNotContain("java.util.logging")
                    .doesNotContain("System.Logger")
                    .doesNotContain("org.slf4j");
        }
    }
}
