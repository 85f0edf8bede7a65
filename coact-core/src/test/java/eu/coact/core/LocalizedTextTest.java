package eu.coact.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final List<Language> ALL =
            List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de"), Language.of("it"));

    @Test
    void exactLookupDoesNotFallBack() {
        LocalizedText text = LocalizedText.of("ca", "Bon dia", "en", "Good morning");
        assertThat(text.in(Language.of("ca"))).contains("Bon dia");
        assertThat(text.in(Language.of("de"))).isEmpty();
    }

    @Test
    void resolveWalksFromRegionToLanguageButNeverToAnotherLanguage() {
        LocalizedText text = LocalizedText.of("ca", "Bon dia", "es", "Buenos días", "en", "Good morning");
        assertThat(text.resolve(Language.of("ca-ES")).orElseThrow().language()).isEqualTo(Language.of("ca"));
        assertThat(text.resolve(Language.of("es")).orElseThrow().text()).isEqualTo("Buenos días");
        assertThat(text.resolve(Language.of("de"))).isEmpty();
    }

    @Test
    void reportsMissingAndBlankTranslations() {
        LocalizedText text = LocalizedText.of("ca", "Hola", "en", "  ");
        assertThat(text.missing(ALL.subList(0, 4))).containsExactly(Language.of("es"), Language.of("de"));
        assertThat(text.blank()).containsExactly(Language.of("en"));
    }

    @Test
    void aLanguageCannotBeGivenTwice() {
        assertThatThrownBy(() -> LocalizedText.of("ca", "a", "CA", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void resolvedTextIsAlwaysInTheRequestedLanguageOrAMoreGeneralFormOfIt(
            @ForAll("texts") Map<Language, String> texts, @ForAll("chains") List<Language> chain) {
        LocalizedText text = LocalizedText.of(texts);
        Language requested = chain.get(0);
        var resolved = text.resolve(requested);
        List<Language> own = new java.util.ArrayList<>();
        for (var next = java.util.Optional.of(requested);
                next.isPresent();
                next = next.get().parent()) {
            own.add(next.get());
        }
        var expected = own.stream().filter(texts::containsKey).findFirst();
        assertThat(resolved.map(LocalizedText.Translation::language)).isEqualTo(expected);
        resolved.ifPresent(r -> assertThat(r.text()).isEqualTo(texts.get(r.language())));
    }

    @Property
    void missingPlusAvailableCoversEveryDeclaredLanguage(@ForAll("texts") Map<Language, String> texts) {
        LocalizedText text = LocalizedText.of(texts);
        Set<Language> missing = text.missing(ALL);
        for (Language language : ALL) {
            assertThat(missing.contains(language))
                    .isNotEqualTo(text.in(language).isPresent());
        }
    }

    @Provide
    Arbitrary<Map<Language, String>> texts() {
        return Arbitraries.maps(
                        Arbitraries.of(ALL), Arbitraries.strings().alpha().ofMaxLength(10))
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Language>> chains() {
        return Arbitraries.of(ALL).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }
}
