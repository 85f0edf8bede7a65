package eu.coact.export.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DuplicateKeyPropertyTest {

    @Property(tries = 60)
    void exactlyTheRowsThatRepeatAnEarlierKeyAreReported(@ForAll("keys") List<List<String>> keys) throws IOException {
        Path dir = Files.createTempDirectory("coact-dup");
        try {
            TableSchema schema = TableSchema.of(
                            List.of(Field.of("a", FieldType.STRING), Field.of("b", FieldType.STRING)))
                    .withPrimaryKey("a", "b");
            DataPackage pkg = DataPackage.builder("dup")
                    .resource(DataResource.csv("t", "t.csv", schema))
                    .build();
            DataPackageJson.write(pkg, dir);
            SampleRelease.write(dir.resolve("t.csv"), pkg, "t", keys);

            Problems problems =
                    DataPackageReader.withProblemLimit(10_000).read(dir).problems();

            Set<List<String>> seen = new HashSet<>();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (!seen.add(keys.get(i))) {
                    expected.add(i + 2);
                }
            }
            assertThat(problems.asList()).allSatisfy(p -> assertThat(p.code()).isEqualTo("duplicate-key"));
            assertThat(problems.asList())
                    .extracting(p -> p.location().line())
                    .containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            FileTrees.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> keys() {
        // Values such as ("ab", "c") and ("a", "bc") must not be taken for the same key.
        Arbitrary<String> part = Arbitraries.of("", "a", "b", "ab", "c", "bc", ",", "\"");
        return part.list()
                .ofSize(2)
                .filter(k -> !k.get(0).isEmpty() && !k.get(1).isEmpty())
                .list()
                .ofMinSize(0)
                .ofMaxSize(40);
    }
}
