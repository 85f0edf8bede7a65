package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PacingAndRetryTest {

    private static final PacingPolicy PACING = PacingPolicy.standard();

    @Property
    void longerTextsWaitAtLeastAsLongAndNeverPastTheCeiling(
            @ForAll @IntRange(max = 5000) int shorter, @ForAll @IntRange(max = 5000) int extra, @ForAll boolean media) {
        Duration first = PACING.after(shorter, media, false);
        Duration second = PACING.after(shorter + extra, media, false);
        assertThat(second).isGreaterThanOrEqualTo(first).isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(first).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Property
    void mediaNeverWaitsLessThanTextAndAnAnsweredQuestionOnlyTheBase(@ForAll @IntRange(max = 5000) int characters) {
        assertThat(PACING.after(characters, true, false))
                .isGreaterThanOrEqualTo(PACING.after(characters, false, false));
        assertThat(PACING.after(characters, false, true)).isEqualTo(Duration.ofSeconds(1));
    }

    @Property
    void retryWaitsDoubleUpToTheLongest(@ForAll @IntRange(min = 1, max = 40) int failedTries) {
        RetryPolicy retry = RetryPolicy.standard();
        Duration wait = retry.waitAfter(failedTries);
        Duration next = retry.waitAfter(failedTries + 1);
        assertThat(next).isGreaterThanOrEqualTo(wait).isLessThanOrEqualTo(retry.longest());
        if (next.compareTo(retry.longest()) < 0) {
            assertThat(next).isEqualTo(wait.multipliedBy(2));
        }
        assertThat(retry.waitAfter(1)).isEqualTo(retry.first());
    }
}
