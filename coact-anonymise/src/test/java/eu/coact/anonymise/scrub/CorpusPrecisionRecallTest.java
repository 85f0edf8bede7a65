package eu.coact.anonymise.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.scrub.internal.ScrubEngine;
import eu.coact.anonymise.scrub.internal.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per kind on the labelled corpus (exact span and kind must match). The
 * table is printed and written to {@code target/scrub-corpus-metrics.md}; the README and the
 * performance notes quote it.
 */
class CorpusPrecisionRecallTest {

    private static LabelledCorpus corpus;
    private static ScrubEngine engine;

    @BeforeAll
    static void load() throws IOException {
        corpus = LabelledCorpus.load();
        Gazetteer gazetteer;
        try (var in = CorpusPrecisionRecallTest.class.getResourceAsStream("corpus-gazetteer.yaml")) {
            gazetteer = Gazetteer.read(
                            "corpus-gazetteer.yaml",
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                            eu.coact.core.read.DocumentFormat.YAML)
                    .orElseThrow();
        }
        engine = new ScrubEngine(gazetteer.names(), gazetteer.places());
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    @Test
    void theCorpusHasAtLeast50SentencesInEachOfFourLanguagesAndAddressesInSix() {
        assertThat(corpus.sentences()).hasSizeGreaterThanOrEqualTo(290);
        Map<String, Long> perLanguage = new java.util.TreeMap<>();
        corpus.sentences().forEach(s -> perLanguage.merge(s.language(), 1L, Long::sum));
        assertThat(perLanguage.keySet()).containsExactly("ca", "de", "en", "es", "fr", "it");
        for (String language : List.of("ca", "de", "en", "es")) {
            assertThat(perLanguage.get(language)).as(language).isGreaterThanOrEqualTo(50);
        }
        for (String language : perLanguage.keySet()) {
            assertThat(corpus.sentences().stream()
                            .filter(s -> s.language().equals(language))
                            .filter(s -> s.hardCase().equals("address"))
                            .count())
                    .as(language)
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theHardCasesAreFoundWithRecallOfAtLeast95PercentEach() throws IOException {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (LabelledCorpus.Sentence sentence : corpus.sentences()) {
            if (sentence.hardCase().isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(sentence.hardCase(), k -> new int[3]);
            Set<Span> gold = new HashSet<>(sentence.gold());
            Set<Span> found = new HashSet<>(engine.detect(sentence.text()));
            found.forEach(span -> c[gold.contains(span) ? 0 : 1]++);
            gold.stream().filter(span -> !found.contains(span)).forEach(span -> c[2]++);
        }
        StringBuilder table =
                new StringBuilder("| case | labelled | found correctly | false alarms | missed | precision"
                        + " | recall |\n|---|---:|---:|---:|---:|---:|---:|\n");
        counts.forEach((kase, c) -> {
            Score score = new Score(c[0], c[1], c[2]);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
                    kase,
                    c[0] + c[2],
                    c[0],
                    c[1],
                    c[2],
                    score.precision(),
                    score.recall()));
        });
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scrub-corpus-hard-cases.md"), table);
        assertThat(counts.keySet()).contains("address", "unicode-email", "spaced-phone", "bracketed-phone", "negative");
        counts.forEach((kase, c) -> {
            Score score = new Score(c[0], c[1], c[2]);
            if (!kase.equals("negative")) {
                assertThat(score.recall()).as("recall on %s", kase).isGreaterThanOrEqualTo(0.95);
            }
            assertThat(score.precision()).as("precision on %s", kase).isGreaterThanOrEqualTo(0.9);
        });
    }

    @Test
    void structuredIdentifiersAreFoundWithRecallOfAtLeast95Percent() throws IOException {
        Map<IdentifierKind, int[]> counts = new EnumMap<>(IdentifierKind.class);
        for (IdentifierKind kind : IdentifierKind.values()) {
            counts.put(kind, new int[3]);
        }
        List<String> misses = new ArrayList<>();
        for (LabelledCorpus.Sentence sentence : corpus.sentences()) {
            Set<Span> gold = new HashSet<>(sentence.gold());
            Set<Span> found = new HashSet<>(engine.detect(sentence.text()));
            for (Span span : found) {
                counts.get(span.kind())[gold.contains(span) ? 0 : 1]++;
                if (!gold.contains(span)) {
                    misses.add("line " + sentence.line() + " extra " + span.kind() + " '"
                            + sentence.text().substring(span.start(), span.end()) + "'");
                }
            }
            for (Span span : gold) {
                if (!found.contains(span)) {
                    counts.get(span.kind())[2]++;
                    misses.add("line " + sentence.line() + " missed " + span.kind() + " '"
                            + sentence.text().substring(span.start(), span.end()) + "'");
                }
            }
        }
        Map<IdentifierKind, Score> scores = new EnumMap<>(IdentifierKind.class);
        counts.forEach((kind, c) -> scores.put(kind, new Score(c[0], c[1], c[2])));
        String table = table(scores);
        System.out.println(table);
        misses.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scrub-corpus-metrics.md"), table);

        for (IdentifierKind kind : IdentifierKind.values()) {
            Score score = scores.get(kind);
            assertThat(score.truePositives() + score.falseNegatives())
                    .as("%s examples in the corpus", kind)
                    .isGreaterThanOrEqualTo(5);
            if (kind.structured()) {
                assertThat(score.recall()).as("recall of %s", kind).isGreaterThanOrEqualTo(0.95);
            }
            assertThat(score.precision()).as("precision of %s", kind).isGreaterThanOrEqualTo(0.9);
        }
    }

    private static String table(Map<IdentifierKind, Score> scores) {
        StringBuilder out = new StringBuilder(
                "| kind | in corpus | found correctly | false alarms | missed | precision | recall |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((kind, s) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
                kind.token(),
                s.truePositives() + s.falseNegatives(),
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives(),
                s.precision(),
                s.recall())));
        return out.toString();
    }
}
