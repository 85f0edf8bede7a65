package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JournalEventTypeTest {

    private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9]*([._-][a-z0-9]+)*");

    @Property(tries = 3000)
    void theHandWrittenCheckAcceptsExactlyTheDocumentedPattern(@ForAll("candidates") String type) {
        assertThat(JournalEvent.isTypeName(type)).isEqualTo(RULE.matcher(type).matches());
    }

    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("ab09._-Z ").ofMaxLength(8);
    }
}
