package eu.coact.content.legacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentArbitraries;
import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.core.MessageId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The default telling messages of an imported story, for any block: the texts on the single
 * path from the entry that a participant reads before being asked anything.
 */
class StoryTellingProperties {

    @Provide
    Arbitrary<ContentBlock> blocks() {
        return ContentArbitraries.blocks();
    }

    @Property(tries = 300)
    void theDefaultTellingMessagesAreTextsReadInOrderBeforeTheFirstQuestion(@ForAll("blocks") ContentBlock block) {
        List<MessageId> telling = LegacyStories.beforeFirstQuestion(block.entry(), block.messages());

        assertThat(telling).doesNotHaveDuplicates();
        // Walking from the entry along single continuations meets each telling message in turn,
        // and nothing on the way up to the last of them is a question.
        MessageId at = block.entry();
        int found = 0;
        for (int step = 0; step <= block.messages().size() && found < telling.size(); step++) {
            Message message = block.messages().get(at);
            assertThat(message).isNotNull();
            assertThat(isQuestion(message)).as(at.value()).isFalse();
            if (message.id().equals(telling.get(found))) {
                assertThat(message.text().isEmpty()).isFalse();
                found++;
            } else {
                assertThat(message.text().isEmpty())
                        .as("a text on the way is told: " + at)
                        .isTrue();
            }
            List<MessageId> next = message.next().targets().distinct().toList();
            if (found < telling.size()) {
                assertThat(next).hasSize(1);
                at = next.get(0);
            }
        }
        assertThat(found).isEqualTo(telling.size());

        Statistics.label("telling").collect(telling.isEmpty() ? "none" : telling.size() == 1 ? "one" : "several");
        Statistics.label("telling").coverage(coverage -> {
            coverage.check("none").count(n -> n > 0);
            coverage.check("one").count(n -> n > 0);
            coverage.check("several").count(n -> n > 0);
        });
    }

    private static boolean isQuestion(Message message) {
        return message instanceof FreeText
                || message instanceof MultipleChoice
                || message.options().size() > 1;
    }
}
