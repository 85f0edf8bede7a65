package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.ContentArbitraries;
import eu.coact.content.ContentBlock;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContentRoundTripTest {

    @Provide
    Arbitrary<ContentBlock> blocks() {
        return ContentArbitraries.blocks();
    }

    @Property(tries = 300)
    void aBlockWrittenAsYamlReadsBackEqual(@ForAll("blocks") ContentBlock block) {
        String yaml = ContentWriter.yaml().write(block);

        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("generated.yaml", yaml, DocumentFormat.YAML);

        assertThat(read.problems().errors()).as(yaml).isEmpty();
        assertThat(read.orElseThrow()).containsExactly(block);
    }

    @Property(tries = 200)
    void aBlockWrittenAsJsonReadsBackEqualAndMatchesTheSchema(@ForAll("blocks") ContentBlock block) throws Exception {
        String json = ContentWriter.json().write(block);

        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("generated.json", json, DocumentFormat.JSON);
        JsonNode tree = DocumentReader.standard().mapper(DocumentFormat.JSON).readTree(json);

        assertThat(read.orElseThrow()).containsExactly(block);
        assertThat(Schemas.check(Schemas.BLOCK, tree)).as(json).isEmpty();
    }

    @Property(tries = 100)
    void manyBlocksInOneFileReadBackInOrder(
            @ForAll("blocks") ContentBlock first, @ForAll("blocks") ContentBlock second) {
        net.jqwik.api.Assume.that(!first.id().equals(second.id()));

        String yaml = ContentWriter.yaml().write(List.of(first, second));

        assertThat(ContentReader.standard()
                        .readBlocks("two.yaml", yaml, DocumentFormat.YAML)
                        .orElseThrow())
                .containsExactly(first, second);
    }
}
