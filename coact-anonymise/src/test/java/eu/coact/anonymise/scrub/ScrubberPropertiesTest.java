package eu.coact.anonymise.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScrubberPropertiesTest {

    private static final Scrubber SCRUBBER = Scrubber.with(Gazetteer.of(
                    List.of("Núria", "Jordi Puig", "Lucía", "Klaus Weber", "Sabine", "John Smith"),
                    List.of("Sabadell", "Carrer de Verdi", "Calle de Alcalá", "Schillerstraße", "Leeds"))
            .orElseThrow());

    record Text(String text, List<Identifiers.Labelled> embedded) {}

    /** Filler words and identifiers, alternating, joined by single spaces or commas. */
    @Provide
    Arbitrary<Text> textsWithIdentifiers() {
        Arbitrary<List<String>> fillers =
                Identifiers.filler().list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Identifiers.Labelled>> identifiers =
                Identifiers.any().list().ofMinSize(1).ofMaxSize(7);
        Arbitrary<String> joints = Arbitraries.of(" ", ", ", ": ", " (", ") ");
        return Combinators.combine(fillers, identifiers, joints).as((words, ids, joint) -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                text.append(words.get(i % words.size()))
                        .append(" ")
                        .append(ids.get(i).value())
                        .append(i + 1 < ids.size() ? joint.replace("(", "").replace(")", ",") : ".");
            }
            return new Text(text.toString(), ids);
        });
    }

    /** Characters that identifiers are made of, so random strings come close to them. */
    @Provide
    Arbitrary<String> nearIdentifiers() {
        return Arbitraries.strings()
                .withChars("0123456789 +-./@_()[],:ESDEXYZabcdeLTRWAGMNPQ")
                .withChars("[NAME][PHONE][EMAIL]")
                .ofMaxLength(80);
    }

    @Property(tries = 400)
    void scrubbingTwiceChangesNothingMore(@ForAll("textsWithIdentifiers") Text text) {
        Scrubbed once = SCRUBBER.scrub(text.text());
        Scrubbed twice = SCRUBBER.scrub(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.report().isEmpty()).isTrue();
    }

    @Property(tries = 1000)
    void scrubbingIsIdempotentOnArbitraryText(@ForAll("nearIdentifiers") String text) {
        Scrubbed once = SCRUBBER.scrub(text);
        Scrubbed twice = SCRUBBER.scrub(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.report().isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void scrubbingIsIdempotentOnAnyUnicodeText(@ForAll String text) {
        Scrubbed once = SCRUBBER.scrub(text);
        assertThat(SCRUBBER.scrub(once.text()).text()).isEqualTo(once.text());
    }

    @Property(tries = 400)
    void everyEmbeddedIdentifierIsReplacedAndCountedByKind(@ForAll("textsWithIdentifiers") Text text) {
        Scrubbed scrubbed = SCRUBBER.scrub(text.text());
        for (Identifiers.Labelled id : text.embedded()) {
            assertThat(scrubbed.text()).as("%s left in the text", id.kind()).doesNotContain(id.value());
        }
        List<IdentifierKind> expected = new ArrayList<>();
        text.embedded().forEach(id -> expected.add(id.kind()));
        for (IdentifierKind kind : IdentifierKind.values()) {
            long n = expected.stream().filter(kind::equals).count();
            assertThat(scrubbed.report().count(kind)).as("count of %s", kind).isEqualTo((int) n);
            assertThat(countTokens(scrubbed.text(), kind.token())).isEqualTo((int) n);
        }
    }

    @Property(tries = 200)
    void theReportHoldsCountsOnlyNeverAValue(@ForAll("textsWithIdentifiers") Text text) {
        ScrubReport report = SCRUBBER.scrub(text.text()).report();
        String shown = report.toString();
        for (Identifiers.Labelled id : text.embedded()) {
            assertThat(shown).doesNotContain(id.value());
        }
        assertThat(report.total()).isEqualTo(text.embedded().size());
    }

    private static int countTokens(String text, String token) {
        int count = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            count++;
        }
        return count;
    }
}
