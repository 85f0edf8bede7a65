package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    private final PseudonymKey first = PseudonymKey.generate(KeyId.of("first"));
    private final PseudonymKey second = PseudonymKey.generate(KeyId.of("second"));

    @Test
    void rotationPutsTheNewKeyFirstAndKeepsTheOldOne() {
        KeyRing ring = KeyRing.of(first).rotateTo(second);
        assertThat(ring.current()).isSameAs(second);
        assertThat(ring.keys()).containsExactly(second, first);
        assertThat(ring.key(KeyId.of("first"))).containsSame(first);
    }

    @Test
    void retiringDropsAnOldKeyButNeverTheCurrentOne() {
        KeyRing ring = KeyRing.of(first).rotateTo(second);
        assertThat(ring.retire(first.id()).keys()).containsExactly(second);
        assertThatThrownBy(() -> ring.retire(second.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current");
        assertThatThrownBy(() -> ring.retire(KeyId.of("unknown"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyIdCannotBeOnTheRingTwice() {
        assertThatThrownBy(() -> KeyRing.of(first).rotateTo(PseudonymKey.generate(KeyId.of("first"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first");
    }

    @Test
    void showsKeyIdsOnly() {
        assertThat(KeyRing.of(first).rotateTo(second)).hasToString("KeyRing[second, first]");
    }

    @Test
    void aDestroyedKeyCannotMakePseudonyms() {
        PseudonymKey key = PseudonymKey.generate(KeyId.of("gone"));
        key.destroy();
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> Pseudonymiser.of(key, PseudonymDomain.of("s", "p")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("destroyed");
    }

    @Test
    void suppliedKeysMustHave32To64Bytes() {
        assertThatThrownBy(() -> PseudonymKey.of(KeyId.of("short"), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PseudonymKey.of(KeyId.of("long"), new byte[65]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PseudonymKey.of(KeyId.of("ok"), new byte[48]).id()).isEqualTo(KeyId.of("ok"));
    }
}
