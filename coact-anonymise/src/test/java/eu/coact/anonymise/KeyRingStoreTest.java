package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingStoreTest {

    private static final char[] PASSWORD = "ledger quartz umbrella fjord".toCharArray();
    private static final PseudonymDomain DOMAIN = PseudonymDomain.of("s", "p");

    @TempDir
    Path dir;

    @Test
    void aSavedRingLoadsWithTheSameKeysInTheSameOrder() throws Exception {
        byte[] oldSecret = new byte[32];
        byte[] newSecret = new byte[32];
        for (int i = 0; i < 32; i++) {
            oldSecret[i] = (byte) (0xA0 + i);
            newSecret[i] = (byte) (0x30 + i);
        }
        KeyRing ring = KeyRing.of(PseudonymKey.of(KeyId.of("2026-01"), oldSecret))
                .rotateTo(PseudonymKey.of(KeyId.of("2026-07"), newSecret));
        Path file = dir.resolve("keys.bcfks");
        KeyRingStore.save(file, ring, PASSWORD);

        KeyRing loaded = KeyRingStore.load(file, PASSWORD);
        assertThat(loaded.keys())
                .extracting(PseudonymKey::id)
                .containsExactly(KeyId.of("2026-07"), KeyId.of("2026-01"));
        byte[] id = {7, 7, 7};
        assertThat(Pseudonymiser.of(loaded, DOMAIN).pseudonymOf(id))
                .isEqualTo(Pseudonymiser.of(ring, DOMAIN).pseudonymOf(id));
        assertThat(Pseudonymiser.of(loaded.key(KeyId.of("2026-01")).orElseThrow(), DOMAIN)
                        .pseudonymOf(id))
                .isEqualTo(Pseudonymiser.of(ring.key(KeyId.of("2026-01")).orElseThrow(), DOMAIN)
                        .pseudonymOf(id));

        byte[] stored = Files.readAllBytes(file);
        assertThat(SearchBytes.contains(stored, oldSecret)).isFalse();
        assertThat(SearchBytes.contains(stored, newSecret)).isFalse();
    }

    @Test
    void aWrongPasswordIsATypedErrorThatDoesNotQuoteIt() {
        Path file = dir.resolve("keys.bcfks");
        KeyRingStore.save(file, KeyRing.of(PseudonymKey.generate(KeyId.of("k"))), PASSWORD);
        assertThatThrownBy(() -> KeyRingStore.load(file, "the wrong password".toCharArray()))
                .isInstanceOfSatisfying(KeyStoreAccessException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KeyStoreAccessException.Reason.WRONG_PASSWORD_OR_DAMAGED);
                    assertThat(e.getMessage())
                            .contains("keys.bcfks")
                            .doesNotContain("wrong password\"")
                            .doesNotContain("the wrong password")
                            .doesNotContain(new String(PASSWORD));
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void aMissingOrDamagedFileIsATypedError() throws Exception {
        assertThatThrownBy(() -> KeyRingStore.load(dir.resolve("none.bcfks"), PASSWORD))
                .isInstanceOfSatisfying(
                        KeyStoreAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyStoreAccessException.Reason.NOT_FOUND));
        Path file = dir.resolve("keys.bcfks");
        KeyRingStore.save(file, KeyRing.of(PseudonymKey.generate(KeyId.of("k"))), PASSWORD);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> KeyRingStore.load(file, PASSWORD))
                .isInstanceOfSatisfying(
                        KeyStoreAccessException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(KeyStoreAccessException.Reason.WRONG_PASSWORD_OR_DAMAGED));
    }

    @Test
    void aFamousOrCommonPasswordIsRefusedWithoutQuotingIt() {
        for (String weak : java.util.List.of(
                "correct horse battery staple",
                "Barcelona2024!",
                "P4ssw0rd12345",
                "iloveyouforever",
                "qwertyuiopasdf",
                "abcabcabcabc",
                "monkeydragon99",
                "123456789012")) {
            assertThatThrownBy(() -> KeyRingStore.save(
                            dir.resolve("k.bcfks"),
                            KeyRing.of(PseudonymKey.generate(KeyId.of("k"))),
                            weak.toCharArray()))
                    .as(weak)
                    .isInstanceOf(WeakPasswordException.class)
                    .hasMessageNotContaining(weak)
                    .hasMessageContaining("choose a phrase");
        }
        assertThat(dir.resolve("k.bcfks")).doesNotExist();
    }

    @Test
    void aShortPasswordIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> KeyRingStore.save(
                        dir.resolve("k.bcfks"),
                        KeyRing.of(PseudonymKey.generate(KeyId.of("k"))),
                        "hunter2".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }
}
