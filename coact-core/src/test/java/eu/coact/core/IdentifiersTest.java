package eu.coact.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Property
    void anyNfcTextWithoutControlsOrOuterSpacesIsAnId(@ForAll("ids") String value) {
        assertThat(BlockId.of(value).value()).isEqualTo(value);
        assertThat(BlockId.of(value)).isEqualTo(BlockId.of(value));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars("_-ÀéíòüçÇñ0123456789 ")
                .ofMinLength(1)
                .ofMaxLength(60)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    @Test
    void legacyIdsWithAccentsAreKept() {
        assertThat(BlockId.of("Obrir_camí").value()).isEqualTo("Obrir_camí");
    }

    @Test
    void blankPaddedControlAndDecomposedIdsAreRefused() {
        for (String bad : List.of(
                "", "  ", " q1", "q1 ", "q\n1", Normalizer.normalize("camí", Normalizer.Form.NFD), "x".repeat(201))) {
            assertThatThrownBy(() -> MessageId.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void pseudonymsCannotBeMistakenForChannelIdentities() {
        assertThat(Pseudonym.of("Zk3_q9-aaaaaaaaaaaaaa").value()).hasSize(21);
        assertThatThrownBy(() -> Pseudonym.of("123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> Pseudonym.of("someone@example.org.xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("someone");
    }

    @Test
    void languagesAreCanonicalAndKnowTheirParent() {
        assertThat(Language.of("EN-gb")).isEqualTo(Language.of("en-GB"));
        assertThat(Language.of("ca-ES").parent()).contains(Language.of("ca"));
        assertThat(Language.of("ca").parent()).isEmpty();
        assertThatThrownBy(() -> Language.of("not a tag")).isInstanceOf(IllegalArgumentException.class);
    }
}
