package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.Story;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story names the messages that tell it; the names are read, written back and checked. */
class StoryTellingTest {

    private static String block(String telling, String storyMessage) {
        return """
                id: told
                kind: share-experience
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                story:
                  teller: Pau, a neighbour
                  environment: society
                %s
                messages:
                  hello: {type: information, text: {en: "Pau wants to tell you something."}, next: %s}
                  %s: {type: information, text: {en: "Every morning I sat on the same bench."}, next: ask}
                  ask:
                    type: single-choice
                    text: {en: "Has this happened to you?"}
                    variable: me
                    options:
                      - {value: "yes", label: {en: "Yes"}}
                      - {value: "no", label: {en: "No"}}
                """.formatted(telling, storyMessage, storyMessage);
    }

    private static Validated<List<ContentBlock>> read(String yaml) {
        return ContentReader.standard().readBlocks("told.yaml", yaml, DocumentFormat.YAML);
    }

    @Test
    void theTellingMessagesAreReadInOrderAndWrittenBackTheSame() {
        Validated<List<ContentBlock>> read = read(block("  telling: [hello, bench]", "bench"));
        assertThat(read.problems().stream().map(Problem::toString)).isEmpty();
        Story story = read.orElseThrow().get(0).story().orElseThrow();
        assertThat(story.telling()).containsExactly(MessageId.of("hello"), MessageId.of("bench"));
        assertThat(story.tellingMessages()).isEqualTo(story.telling());

        String written = ContentWriter.yaml().write(read.orElseThrow().get(0));
        assertThat(written).contains("telling:");
        Validated<List<ContentBlock>> again = read(written);
        assertThat(again.orElseThrow()).isEqualTo(read.orElseThrow());
    }

    @Test
    void withoutTellingTheMessageStoryTellsIt() {
        Validated<List<ContentBlock>> read = read(block("", "story"));
        assertThat(read.problems().stream().map(Problem::toString)).isEmpty();
        Story story = read.orElseThrow().get(0).story().orElseThrow();
        assertThat(story.telling()).isEmpty();
        assertThat(story.tellingMessages()).containsExactly(MessageId.of("story"));
        assertThat(ContentWriter.yaml().write(read.orElseThrow().get(0))).doesNotContain("telling");
    }

    @Test
    void aTellingMessageTheBlockLacksIsAnErrorAtItsPlace() {
        Validated<List<ContentBlock>> read = read(block("  telling: [hello, bench, gone]", "bench"));
        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().withCode("dangling-story-message"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().source()).isEqualTo("told.yaml");
                    assertThat(p.location().path()).isEqualTo("/story/telling/2");
                    assertThat(p.location().line()).isEqualTo(8);
                    assertThat(p.message()).contains("'gone'", "(block told)");
                });
    }

    @Test
    void aStoryWithNeitherTellingNorAStoryMessageIsWarnedAbout() {
        Validated<List<ContentBlock>> read = read(block("", "bench"));
        assertThat(read.isValid()).isTrue();
        assertThat(read.problems().withCode("story-without-text"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/story"));
    }

    @Test
    void aMessageListedTwiceOrAnEmptyListIsAnError() {
        assertThat(read(block("  telling: [hello, hello]", "bench")).problems().withCode("duplicate-value"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/story/telling"));
        assertThat(read(block("  telling: []", "bench")).problems().withCode("invalid-value"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/story/telling"));
    }
}
