package eu.coact.examples.serve;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.journal.Journal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's side: log in, the dashboard, the consent audit, the weekly summary and invitations.
 * Every page needs a session; every POST after login needs the session's CSRF token; the consent
 * audit and the weekly summary need a role that may see them, and invitations the coordinator's.
 */
final class TeamRoutes {

    /** The session cookie's name. */
    static final String COOKIE = "coact_team";

    private static final int COOKIE_SECONDS = (int) TeamSessions.IDLE.toSeconds();

    private final TeamAccounts team;
    private final TeamSessions sessions;
    private final LoginThrottle throttle;
    private final DashboardFigures figures;
    private final Sources context;

    TeamRoutes(
            TeamAccounts team,
            TeamSessions sessions,
            LoginThrottle throttle,
            DashboardFigures figures,
            Sources context) {
        this.team = team;
        this.sessions = sessions;
        this.throttle = throttle;
        this.figures = figures;
        this.context = context;
    }

    void register(RoutesConfig routes) {
        routes.get("/team/login", ctx -> html(ctx, TeamPages.login("")));
        routes.post("/team/login", this::login);
        routes.get("/team", this::dashboard);
        routes.get("/team/consent", this::consent);
        routes.get("/team/summary", this::summary);
        routes.post("/team/invites", this::invite);
        routes.post("/team/logout", this::logout);
    }

    private void login(Context ctx) {
        if (foreignOrigin(ctx)) {
            ctx.status(403).result("Log in from this server's own page.");
            return;
        }
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        char[] password =
                Objects.requireNonNullElse(ctx.formParam("password"), "").toCharArray();
        try {
            Duration wait = throttle.wait(name, ctx.ip());
            if (!wait.isZero()) {
                ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
                ctx.status(429);
                html(
                        ctx,
                        TeamPages.login("Too many failed attempts. Try again in " + Math.max(1, wait.toMinutes())
                                + " minute(s)."));
                return;
            }
            Optional<TeamAccounts.Account> account = team.check(name, password);
            if (account.isEmpty()) {
                throttle.failed(name, ctx.ip());
                ctx.status(401);
                html(ctx, TeamPages.login("The account name or password is wrong."));
                return;
            }
            throttle.succeeded(name);
            TeamSessions.Session session = sessions.start(account.get());
            ctx.header(
                    "Set-Cookie",
                    ChatRoutes.cookie(COOKIE, session.token(), "/team", COOKIE_SECONDS, context.secure()));
            ctx.redirect("/team", HttpStatus.SEE_OTHER);
        } finally {
            Arrays.fill(password, ' ');
        }
    }

    private void dashboard(Context ctx) {
        Optional<TeamSessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/team/login", HttpStatus.SEE_OTHER);
            return;
        }
        TeamSessions.Session s = session.get();
        Instant now = context.clock().instant();
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"note\">Logged in as ")
                .append(TeamPages.escape(s.name()))
                .append(" (")
                .append(s.role().word())
                .append("). Live from the journal: ")
                .append(context.journal().lastSequence())
                .append(" entries, verified when the server started. This page refreshes every minute.</p>");
        body.append("<nav class=\"noprint\"><ul>");
        if (s.role().seesConsentAudit()) {
            body.append("<li><a href=\"/team/consent\">Consent audit</a></li>");
        }
        if (s.role().seesWeeklySummary()) {
            body.append("<li><a href=\"/team/summary\">Weekly summary (printable)</a></li>");
        }
        body.append("</ul></nav>");
        body.append(
                TeamPages.bars("funnel", "Participation funnel (participants per consent stage)", figures.funnel(now)));
        body.append(TeamCharts.multiples(
                "consent-weeks",
                "Consent states over time (participants per stage at the end of each week, UTC)",
                "week",
                figures.consentStatesPerWeek(now)));
        body.append(TeamPages.bars("answers", "Answers per day (UTC)", "day", figures.answersPerDay()));
        body.append(TeamPages.bars(
                "dropoff", "Started and not (yet) completed, per block", "block", figures.dropOffPerBlock()));
        body.append(TeamPages.bars("failures", "Delivery failures per day (UTC)", "day", figures.failuresPerDay()));
        body.append(
                TeamPages.bars("channels", "Participants per channel", "channel", figures.participantsPerChannel()));
        if (s.role().invites()) {
            body.append("<section id=\"invite\" class=\"noprint\"><h2>Invite participants</h2>"
                            + "<form method=\"post\" action=\"/team/invites\">")
                    .append(TeamPages.csrfField(s.csrf()))
                    .append("<label for=\"kind\">Kind</label><select id=\"kind\" name=\"kind\">"
                            + "<option value=\"single\">one person, once</option>"
                            + "<option value=\"campaign\">anyone with the link (campaign)</option></select>"
                            + "<label for=\"label\">Your name for it (not a person's name)</label>"
                            + "<input id=\"label\" name=\"label\" maxlength=\"80\">"
                            + "<p><button type=\"submit\">Create invitation link</button></p></form>")
                    .append("<p class=\"note\">")
                    .append(context.invites().open())
                    .append(" invitation(s) open.</p></section>");
        }
        ctx.header("Refresh", "60");
        html(ctx, TeamPages.page("Study dashboard", TeamPages.logout(s.csrf()), body.toString()));
    }

    private void consent(Context ctx) {
        Optional<TeamSessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/team/login", HttpStatus.SEE_OTHER);
            return;
        }
        if (!session.get().role().seesConsentAudit()) {
            ctx.status(403);
            html(
                    ctx,
                    TeamPages.page(
                            "Not for your role",
                            "",
                            "<p>The consent audit is for the coordinator and the "
                                    + "data-protection officer.</p><p><a href=\"/team\">Back to the dashboard</a></p>"));
            return;
        }
        Instant now = context.clock().instant();
        String body = "<p><a href=\"/team\">Back to the dashboard</a></p>"
                + TeamPages.bars("consent-states", "Participants per consent stage", figures.funnel(now))
                + TeamPages.grid("consent-days", "Consent transitions per day (UTC)", figures.consentOverTime(now))
                + "<p class=\"note\">The ledger's chain "
                + (context.ledger().verify().isIntact() ? "verifies" : "does NOT verify — stop and inspect the journal")
                + ".</p>";
        html(ctx, TeamPages.page("Consent audit", TeamPages.logout(session.get().csrf()), body));
    }

    private void summary(Context ctx) {
        Optional<TeamSessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/team/login", HttpStatus.SEE_OTHER);
            return;
        }
        String logout = TeamPages.logout(session.get().csrf());
        if (!session.get().role().seesWeeklySummary()) {
            ctx.status(403);
            html(
                    ctx,
                    TeamPages.page(
                            "Not for your role",
                            logout,
                            "<p>The weekly summary is for the coordinator and the data-protection officer: it counts "
                                    + "the week's consent changes.</p><p><a href=\"/team\">Back to the dashboard</a></p>"));
            return;
        }
        Instant now = context.clock().instant();
        String asked = ctx.queryParam("week");
        Optional<StudyWeek> week = asked == null ? Optional.of(StudyWeek.of(now)) : StudyWeek.parse(asked);
        if (week.isEmpty() || week.get().start().isAfter(now)) {
            ctx.status(400);
            html(
                    ctx,
                    TeamPages.page(
                            "No such week",
                            logout,
                            "<p>"
                                    + (week.isEmpty()
                                            ? "Name the week as ISO 8601 does, e.g. <code>" + StudyWeek.of(now)
                                                    + "</code>."
                                            : "That week has not begun yet.")
                                    + "</p><p><a href=\"/team/summary\">This week's summary</a></p>"));
            return;
        }
        html(
                ctx,
                TeamPages.page(
                        "Weekly summary " + week.get(),
                        logout,
                        SummaryPage.body(week.get(), now, figures, journalStatus())));
    }

    private SummaryPage.JournalStatus journalStatus() {
        Optional<eu.coact.core.journal.Anchor> anchor = Optional.empty();
        Optional<String> error = Optional.empty();
        try {
            anchor = context.journal().anchor();
        } catch (eu.coact.core.journal.JournalException e) {
            error = Optional.of("the journal could not sign its head now; see the server's log");
        }
        return new SummaryPage.JournalStatus(
                context.ledger().verify(), context.journal().lastSequence(), anchor, error);
    }

    private void invite(Context ctx) {
        Optional<TeamSessions.Session> session = checkedPost(ctx);
        if (session.isEmpty()) {
            return;
        }
        if (!session.get().role().invites()) {
            ctx.status(403).result("Only the coordinator creates invitations.");
            return;
        }
        InviteBook.Kind kind =
                "campaign".equals(ctx.formParam("kind")) ? InviteBook.Kind.CAMPAIGN : InviteBook.Kind.SINGLE;
        String label = Objects.requireNonNullElse(ctx.formParam("label"), "").strip();
        String token = context.invites()
                .create(
                        kind,
                        label.length() > 80 ? label.substring(0, 80) : label,
                        context.clock().instant());
        String link =
                ctx.scheme() + "://" + Objects.requireNonNullElse(ctx.header("Host"), "localhost") + "/join/" + token;
        ctx.header("Cache-Control", "no-store");
        html(
                ctx,
                TeamPages.page(
                        "Invitation created",
                        TeamPages.logout(session.get().csrf()),
                        "<p>Send this link to " + (kind == InviteBook.Kind.SINGLE ? "one person" : "your campaign")
                                + ". It is shown only now: the server keeps only a keyed hash of it.</p>"
                                + "<p class=\"token\" id=\"link\">" + TeamPages.escape(link) + "</p>"
                                + "<p><a href=\"/team\">Back to the dashboard</a></p>"));
    }

    private void logout(Context ctx) {
        Optional<TeamSessions.Session> session = checkedPost(ctx);
        if (session.isEmpty()) {
            return;
        }
        sessions.end(session.get().token());
        ctx.header("Set-Cookie", ChatRoutes.cookie(COOKIE, "", "/team", 0, context.secure()));
        ctx.redirect("/team/login", HttpStatus.SEE_OTHER);
    }

    /** The session of a POST whose CSRF token is right; otherwise answers 401 or 403 and returns empty. */
    private Optional<TeamSessions.Session> checkedPost(Context ctx) {
        Optional<TeamSessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.status(401).result("Log in first.");
            return Optional.empty();
        }
        String sent = ctx.formParam("csrf");
        if (sent == null || !session.get().csrfMatches(sent)) {
            ctx.status(403).result("This form has expired or did not come from the dashboard; reload the page.");
            return Optional.empty();
        }
        return session;
    }

    private Optional<TeamSessions.Session> session(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return token == null ? Optional.empty() : sessions.find(token);
    }

    private static boolean foreignOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        return origin != null && host != null && !origin.endsWith("://" + host);
    }

    private static void html(Context ctx, String page) {
        ctx.header("Cache-Control", "no-store");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "frame-ancestors 'none'; form-action 'self'");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /**
     * What the team routes read besides accounts and sessions.
     *
     * @param invites the invitation book
     * @param ledger  the consent ledger
     * @param journal the journal
     * @param clock   the clock
     * @param secure  whether cookies are marked Secure
     */
    record Sources(InviteBook invites, ConsentLedger ledger, Journal journal, Clock clock, boolean secure) {}
}
