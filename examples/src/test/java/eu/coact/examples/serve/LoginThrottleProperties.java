package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.examples.SettableClock;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The throttle's invariants over any number of failures and any waiting. */
class LoginThrottleProperties {

    @Property(tries = 200)
    void fewerThanFiveFailuresNeverLockAndFiveAlwaysDo(
            @ForAll @IntRange(min = 0, max = 12) int failures,
            @ForAll @IntRange(min = 0, max = 7200) int secondsLater) {
        SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < failures; i++) {
            throttle.failed("ana", "192.0.2.1");
        }
        Duration wait = throttle.wait("ana", "198.51.100.7");
        if (failures < LoginThrottle.FREE_FAILURES) {
            assertThat(wait).isZero();
        } else {
            assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        }
        // The address is locked out for every name, too.
        assertThat(throttle.wait("someone-else", "192.0.2.1").isZero())
                .isEqualTo(failures < LoginThrottle.FREE_FAILURES);
        clock.set(clock.instant().plusSeconds(secondsLater));
        Duration later = throttle.wait("ana", "198.51.100.7");
        assertThat(later).isLessThanOrEqualTo(wait);
        assertThat(later.isZero()).isEqualTo(wait.getSeconds() <= secondsLater);
    }

    @Property(tries = 50)
    void aSuccessClearsTheNameButNotTheAddress(@ForAll @IntRange(min = 5, max = 9) int failures) {
        SettableClock clock = new SettableClock(Instant.EPOCH);
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < failures; i++) {
            throttle.failed("ana", "192.0.2.1");
        }
        throttle.succeeded("ana");
        assertThat(throttle.wait("ana", "198.51.100.7")).isZero();
        assertThat(throttle.wait("ana", "192.0.2.1")).isPositive();
    }
}
