package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CallbackDataProperties {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(0).ofMaxLength(200),
                Arbitraries.strings().withChars("aé€😀~_ ").ofMinLength(0).ofMaxLength(80),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> "~" + s));
    }

    @Property
    void everyValueFitsTelegramsLimitAndComesBackWhole(@ForAll("values") String value) {
        CallbackData callbacks = new CallbackData();
        String data = callbacks.encode(value);

        assertThat(data).isNotEmpty();
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CallbackData.MAX_BYTES);
        assertThat(callbacks.decode(data)).contains(value);
    }

    @Property
    void everyPressComesBackWithTheQuestionOfItsMessage(
            @ForAll("values") String value, @ForAll @net.jqwik.api.constraints.LongRange(min = 1) long turn) {
        CallbackData callbacks = new CallbackData();
        String question = Long.toString(turn);
        String data = callbacks.encode(question, value);

        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CallbackData.MAX_BYTES);
        assertThat(callbacks.decodePress(data)).contains(new CallbackData.Press(question, value));
    }

    @Property
    void aValueThatFitsNeedsNoMemory(@ForAll("values") String value) {
        String data = new CallbackData().encode(value);
        if (data.equals(value)) {
            assertThat(new CallbackData().decode(data)).contains(value);
        }
    }

    @Example
    void aShortenedValueSentBeforeARestartIsUnknownRatherThanGuessed() {
        String data = new CallbackData().encode("x".repeat(100));

        assertThat(data).startsWith("~");
        assertThat(new CallbackData().decode(data)).isEmpty();
    }

    @Example
    void valuesJustAtTheLimitTravelAsTheyAre() {
        String sixtyFourBytes = "é".repeat(32);
        assertThat(new CallbackData().encode(sixtyFourBytes)).isEqualTo(sixtyFourBytes);
        assertThat(new CallbackData().encode(sixtyFourBytes + "a")).startsWith("~");
    }
}
