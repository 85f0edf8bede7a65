package eu.coact.examples.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for an account name
 * or from an address, further attempts are refused (without checking the password) for a lock-out
 * that doubles with each failure, from one minute up to an hour. A successful login clears the
 * account name's count. Thread-safe.
 */
public final class LoginThrottle {

    /** Failures allowed before attempts are locked out. */
    static final int FREE_FAILURES = 5;

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    /**
     * A throttle timing lock-outs with a clock.
     *
     * @param clock the clock
     */
    public LoginThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * How long attempts for a name or from an address must still wait.
     *
     * @param name    the account name tried
     * @param address the client's address
     * @return zero when an attempt may be made now
     */
    public synchronized Duration wait(String name, String address) {
        Instant now = clock.instant();
        Duration byName = waitFor("name:" + name, now);
        Duration byAddress = waitFor("address:" + address, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** Records a failed attempt. */
    public synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        count("name:" + name, now);
        count("address:" + address, now);
    }

    /** Records a successful login: the name's failures are forgotten. */
    public synchronized void succeeded(String name) {
        failures.remove("name:" + name);
    }

    private Duration waitFor(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    private void count(String key, Instant now) {
        Failures f = failures.getOrDefault(key, new Failures(0, Instant.MIN));
        int count = f.count() + 1;
        Instant until = Instant.MIN;
        if (count >= FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES, 6);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        failures.put(key, new Failures(count, until));
    }

    private record Failures(int count, Instant lockedUntil) {}

    /** Counts keys only; never a name or address. */
    @Override
    public synchronized String toString() {
        return "LoginThrottle[" + failures.size() + " tracked]";
    }
}
