package eu.coact.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Validated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the reader answers with a value or with problems, never with an exception. */
class DocumentReaderFuzzTest {

    private static final String SAMPLE_YAML = String.join(
            "\n",
            "id: Banc_del_parc",
            "kind: share-experience",
            "languages: [ca, es, en, de]",
            "messages:",
            "  q1:",
            "    text: {ca: \"Hola\", en: \"Hello\"}",
            "    buttons:",
            "      - {value: yes, label: {en: Yes}}",
            "      - {value: no, label: {en: No}}",
            "    next: {on: {yes: q2, no: end}}",
            "");
    private static final String SAMPLE_JSON = "{\"id\":\"b\",\"messages\":{\"q1\":{\"text\":{\"en\":\"Hi\"},"
            + "\"next\":\"q2\"}},\"list\":[1,2.5,true,null,\"x\"]}";

    @Property(tries = 1500)
    void mutatedDocumentsNeverThrow(@ForAll("mutatedDocuments") byte[] bytes, @ForAll DocumentFormat format) {
        Validated<SourceDocument> result = DocumentReader.standard().read("fuzz", bytes, format);
        assertWellFormed(result);
    }

    @Property(tries = 1000)
    void randomTextNeverThrows(@ForAll("yamlishText") String text, @ForAll DocumentFormat format) {
        assertWellFormed(DocumentReader.standard().read("fuzz", text, format));
    }

    /** The hostile shapes a hundred times smaller, read with limits a hundred times smaller. */
    private static final DocumentReader SCALED = DocumentReader.withLimits(ReadLimits.DEFAULT
            .withMaxBytes(ReadLimits.DEFAULT.maxBytes() / 100)
            .withMaxStringLength(ReadLimits.DEFAULT.maxStringLength() / 100)
            .withMaxNodes(ReadLimits.DEFAULT.maxNodes() / 100));

    @Example
    void eachHostileShapeGivesItsProblemAtAHundredthOfTheScale() {
        for (HostileShapes.Expected expected : HostileShapes.all()) {
            HostileShapes shape = expected.shape();
            Validated<SourceDocument> result = SCALED.read(shape.name(), shape.bytes(100), shape.format());
            String code =
                    result.isValid() ? "" : result.problems().asList().get(0).code();
            assertThat(code).as(shape.name()).isEqualTo(expected.code());
        }
    }

    @Property(tries = 300)
    void mutatedHostileShapesNeverThrow(@ForAll("hostileShapes") byte[] bytes, @ForAll DocumentFormat format) {
        assertWellFormed(SCALED.read("fuzz", bytes, format));
    }

    @Provide
    Arbitrary<byte[]> hostileShapes() {
        Arbitrary<byte[]> seeds =
                Arbitraries.of(HostileShapes.all()).map(e -> e.shape().bytes(100));
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 1_000_000),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, 2))
                .as((at, value, kind) -> new int[] {at, value, kind})
                .list()
                .ofMaxSize(6);
        return Combinators.combine(seeds, edits).as(DocumentReaderFuzzTest::mutate);
    }

    private static void assertWellFormed(Validated<SourceDocument> result) {
        if (result.isValid()) {
            assertThat(result.orElseThrow().root()).isNotNull();
        } else {
            assertThat(result.problems().hasErrors()).isTrue();
            result.problems().forEach(p -> assertThat(p.location().source()).isEqualTo("fuzz"));
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedDocuments() {
        Arbitrary<byte[]> seeds = Arbitraries.of(SAMPLE_YAML, SAMPLE_JSON).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, 2))
                .as((at, value, kind) -> new int[] {at, value, kind})
                .list()
                .ofMaxSize(12);
        return Combinators.combine(seeds, edits).as(DocumentReaderFuzzTest::mutate);
    }

    private static byte[] mutate(byte[] seed, List<int[]> edits) {
        byte[] current = seed.clone();
        for (int[] edit : edits) {
            int at = current.length == 0 ? 0 : edit[0] % current.length;
            switch (edit[2]) {
                case 0 -> {
                    if (current.length > 0) {
                        current[at] = (byte) edit[1];
                    }
                }
                case 1 -> {
                    byte[] longer = new byte[current.length + 1];
                    System.arraycopy(current, 0, longer, 0, at);
                    longer[at] = (byte) edit[1];
                    System.arraycopy(current, at, longer, at + 1, current.length - at);
                    current = longer;
                }
                default -> {
                    if (current.length > 0) {
                        byte[] shorter = new byte[current.length - 1];
                        System.arraycopy(current, 0, shorter, 0, at);
                        System.arraycopy(current, at + 1, shorter, at, current.length - at - 1);
                        current = shorter;
                    }
                }
            }
        }
        return current;
    }

    @Provide
    Arbitrary<String> yamlishText() {
        Arbitrary<String> tokens = Arbitraries.of(
                "a",
                ": ",
                "\n",
                "  ",
                "- ",
                "[",
                "]",
                "{",
                "}",
                ",",
                "\"",
                "'",
                "&x ",
                "*x",
                "!!str ",
                "!tag ",
                "---",
                "...",
                "#",
                "? ",
                "|",
                ">",
                "1",
                "-1.5e9",
                "null",
                "é",
                "\t",
                "%YAML 1.1",
                "<<: ",
                "~");
        return tokens.list().ofMaxSize(60).map(list -> String.join("", list));
    }
}
