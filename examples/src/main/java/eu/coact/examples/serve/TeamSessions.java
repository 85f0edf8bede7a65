package eu.coact.examples.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Logged-in team members. A session is a random token in an HttpOnly cookie with its own random
 * CSRF token, which every form carries and every state-changing request must send back. Sessions
 * live in memory (a restart logs everyone out) and end after {@link #IDLE} without use.
 * Thread-safe.
 */
public final class TeamSessions {

    /** How long a session lasts without use. */
    static final Duration IDLE = Duration.ofHours(2);

    private static final int TOKEN_BYTES = 32;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new HashMap<>();

    /**
     * Sessions timed with a clock.
     *
     * @param clock the clock
     */
    public TeamSessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a session for a team member.
     *
     * @param account who logged in
     * @return the session, whose token goes into the cookie
     */
    public synchronized Session start(TeamAccounts.Account account) {
        Session session = new Session(
                token(),
                account.name(),
                account.role(),
                token(),
                clock.instant().plus(IDLE));
        sessions.put(session.token(), session);
        return session;
    }

    /**
     * The live session of a cookie, extended by this use.
     *
     * @param token the cookie's value
     * @return the session, or empty for an unknown or expired token
     */
    public synchronized Optional<Session> find(String token) {
        Session session = sessions.get(token);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (!session.until().isAfter(now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        Session extended = new Session(session.token(), session.name(), session.role(), session.csrf(), now.plus(IDLE));
        sessions.put(token, extended);
        return Optional.of(extended);
    }

    /** Ends a session. */
    public synchronized void end(String token) {
        sessions.remove(token);
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * One team member's session.
     *
     * @param token the cookie's value
     * @param name  the account name
     * @param role  what they may see
     * @param csrf  the token forms must send back
     * @param until when it ends unless used
     */
    public record Session(String token, String name, TeamRole role, String csrf, Instant until) {

        /** Checks presence. */
        public Session {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(csrf, "csrf");
            Objects.requireNonNull(until, "until");
        }

        /**
         * True when a request's CSRF token is this session's, compared in constant time.
         *
         * @param sent the token the request sent
         * @return whether it matches
         */
        public boolean csrfMatches(String sent) {
            return MessageDigest.isEqual(
                    csrf.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
        }

        /** Names the account only; never a token. */
        @Override
        public String toString() {
            return "Session[" + name + ", " + role.word() + "]";
        }
    }

    /** Counts only. */
    @Override
    public synchronized String toString() {
        return "TeamSessions[" + sessions.size() + "]";
    }
}
