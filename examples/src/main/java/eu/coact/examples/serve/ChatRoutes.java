package eu.coact.examples.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.problem.Validated;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Inbound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The participants' side: joining by invitation, the chat page, its messages (server-sent events,
 * or polling where those cannot pass), button presses, typed text and media files.
 *
 * <p>The session cookie holds the participant's random web id and nothing else; it is HttpOnly,
 * SameSite=Strict and, behind TLS, Secure. Every request that changes something must carry the
 * header {@value #HEADER}: a page on another site cannot send it without the browser asking this
 * server first, which it never allows, so no other site can act for a participant.
 */
final class ChatRoutes {

    /** The session cookie's name. */
    static final String COOKIE = "coact_chat";
    /** The header every state-changing request of the chat page carries. */
    static final String HEADER = "X-CoAct-Chat";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_TEXT = 2_000;

    private static final int COOKIE_SECONDS = 400 * 24 * 3600;

    private final ConversationEngine engine;
    private final WebChannel channel;
    private final ServeMetrics metrics;
    private final ChatSetup setup;

    /** Routes over the web channel, whose participants and mailbox they serve. */
    ChatRoutes(ConversationEngine engine, WebChannel channel, ServeMetrics metrics, ChatSetup setup) {
        this.engine = engine;
        this.channel = channel;
        this.metrics = metrics;
        this.setup = setup;
    }

    void register(RoutesConfig routes) {
        routes.get("/join/{token}", this::join);
        routes.get("/chat", ctx -> page(ctx, "chat.html"));
        routes.get("/chat/chat.js", ctx -> asset(ctx, "chat.js", "text/javascript; charset=utf-8"));
        routes.get("/chat/messages", this::messages);
        routes.sse("/chat/events", this::events);
        routes.post("/chat/press", ctx -> reply(ctx, true));
        routes.post("/chat/say", ctx -> reply(ctx, false));
        routes.get("/chat/media/<file>", this::media);
    }

    private void join(Context ctx) {
        Optional<Pseudonym> already = participant(ctx);
        if (already.isPresent()) {
            ctx.redirect("/chat");
            return;
        }
        if (!setup.invites().redeem(ctx.pathParam("token"))) {
            ctx.status(404).contentType("text/html; charset=utf-8").result(text("invalid.html"));
            return;
        }
        String webId = channel.participants().admitNew();
        Pseudonym participant = channel.participants().find(webId).orElseThrow();
        ctx.header("Set-Cookie", cookie(COOKIE, webId, "/", COOKIE_SECONDS, setup.secure()));
        ctx.header("Cache-Control", "no-store");
        // They join in the first of the browser's languages that the study speaks (else the
        // study's first), so that the very first message is in it; the engine greets them.
        engine.join(
                participant,
                preferred(ctx.header("Accept-Language")),
                setup.clock().instant());
        metrics.received(WebParticipants.CHANNEL);
        // The page itself is served here, not by a redirect: after a link from another site a
        // SameSite=Strict cookie is not sent on the redirect, but the page's own requests carry it.
        page(ctx, "chat.html");
    }

    private void messages(Context ctx) {
        Optional<Pseudonym> participant = participant(ctx);
        if (participant.isEmpty()) {
            ctx.status(401).contentType("application/json").result("{\"joined\":false}");
            return;
        }
        long after = after(ctx.queryParam("after"));
        List<WebMessage> messages = channel.mailbox().after(participant.get(), after);
        ObjectNode body = JSON.createObjectNode();
        body.put("joined", true);
        body.put(
                "language",
                engine.participant(participant.get())
                        .map(v -> v.language().tag())
                        .orElse("en"));
        body.put(
                "standing",
                engine.participant(participant.get())
                        .map(ParticipantView::standing)
                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                        .orElse("invited"));
        ArrayNode list = body.putArray("messages");
        messages.forEach(m -> list.add(json(m)));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(body.toString());
        if (!messages.isEmpty()) {
            channel.shown(participant.get());
        }
    }

    private void events(SseClient client) {
        Optional<Pseudonym> participant = participant(client.ctx());
        if (participant.isEmpty()) {
            client.sendEvent("gone", "{}");
            client.close();
            return;
        }
        Pseudonym who = participant.get();
        String lastId = client.ctx().header("Last-Event-ID");
        EventStream stream = new EventStream(
                client, who, after(lastId != null ? lastId : client.ctx().queryParam("after")));
        Consumer<WebMessage> listener = m -> stream.flush();
        client.onClose(() -> channel.mailbox().unlisten(who, listener));
        client.keepAlive();
        // Listen first, then send what is already there; the stream sends each number once, in order.
        channel.mailbox().listen(who, listener);
        stream.flush();
    }

    /** One open event stream: sends the mailbox's messages after the last one sent, in order, once each. */
    private final class EventStream {
        private final SseClient client;
        private final Pseudonym who;
        private long sent;

        EventStream(SseClient client, Pseudonym who, long after) {
            this.client = client;
            this.who = who;
            this.sent = after;
        }

        synchronized void flush() {
            for (WebMessage m : channel.mailbox().after(who, sent)) {
                client.sendEvent("message", json(m).toString(), Long.toString(m.sequence()));
                sent = m.sequence();
            }
        }
    }

    private void reply(Context ctx, boolean press) {
        if (ctx.header(HEADER) == null) {
            ctx.status(403).result("This request must come from the chat page.");
            return;
        }
        Optional<Pseudonym> participant = participant(ctx);
        if (participant.isEmpty()) {
            ctx.status(401).result("Join with your invitation link first.");
            return;
        }
        String value = Objects.requireNonNullElse(ctx.formParam(press ? "value" : "text"), "")
                .strip();
        if (value.isEmpty() || value.length() > LONGEST_TEXT) {
            ctx.status(400)
                    .result(press ? "No button was pressed." : "Write between 1 and " + LONGEST_TEXT + " characters.");
            return;
        }
        java.time.Instant now = setup.clock().instant();
        // The engine answers once the reply is in the journal: acknowledged means kept.
        String question = Objects.requireNonNullElse(ctx.formParam("question"), "");
        if (press
                && (question.length() > Envelope.QUESTION_MAX_LENGTH
                        || !question.chars().allMatch(ch -> ch > ' ' && ch < 127))) {
            ctx.status(400).result("No button was pressed.");
            return;
        }
        // The press names the question its button belonged to, so an old button never answers a later question.
        engine.receive(
                press
                        ? Inbound.press(participant.get(), question, value, now)
                        : Inbound.typed(participant.get(), value, now));
        metrics.received(WebParticipants.CHANNEL);
        ctx.status(204);
    }

    private void media(Context ctx) {
        if (participant(ctx).isEmpty()) {
            ctx.status(401);
            return;
        }
        // Only a regular file inside the media folder, reached without a symbolic link and of a
        // bounded size, is served: a link to a system file or a FIFO placed there is "not found".
        Path file = setup.media().resolve(ctx.pathParam("file")).normalize();
        Validated<byte[]> bytes = new MediaFolder(setup.media()).read(ctx.pathParam("file"));
        if (!bytes.isValid()) {
            ctx.status(404);
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png")
                ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg")
                        ? "image/jpeg"
                        : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
        ctx.contentType(type).header("X-Content-Type-Options", "nosniff").result(bytes.orElseThrow());
    }

    private Language preferred(String acceptLanguage) {
        Language fallback = setup.languages().get(0);
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<String> spoken = setup.languages().stream().map(Language::tag).toList();
            String first = Locale.lookupTag(ranges, spoken);
            return first == null ? fallback : Language.of(first);
        } catch (IllegalArgumentException e) {
            // A malformed header is the browser's mistake, not the participant's: the study's language.
            return fallback;
        }
    }

    private Optional<Pseudonym> participant(Context ctx) {
        String webId = ctx.cookie(COOKIE);
        return webId == null ? Optional.empty() : channel.participants().find(webId);
    }

    private static long after(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ObjectNode json(WebMessage m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", m.sequence());
        node.put("kind", m.kind());
        node.put("html", m.html());
        if (!m.file().isEmpty()) {
            node.put(
                    "file",
                    "/chat/media/"
                            + java.util.Arrays.stream(m.file().split("/"))
                                    .map(part -> java.net.URLEncoder.encode(part, StandardCharsets.UTF_8)
                                            .replace("+", "%20"))
                                    .collect(java.util.stream.Collectors.joining("/")));
            node.put("alt", m.alt());
        }
        node.put("question", m.question());
        ArrayNode buttons = node.putArray("buttons");
        for (Button b : m.buttons()) {
            buttons.addObject().put("value", b.value()).put("label", WebMarkup.plain(b.label()));
        }
        return node;
    }

    static void page(Context ctx, String name) {
        ctx.header("Cache-Control", "no-store");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "frame-ancestors 'none'; form-action 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType("text/html; charset=utf-8").result(text(name));
    }

    private static void asset(Context ctx, String name, String type) {
        ctx.contentType(type).result(text(name));
    }

    static String text(String resource) {
        try (InputStream in = ChatRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the page " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Set-Cookie value: HttpOnly and SameSite=Strict always, Secure when served over TLS. */
    static String cookie(String name, String value, String path, int maxAgeSeconds, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /**
     * What the chat routes need besides the engine.
     *
     * @param media   the study's media folder
     * @param secure  whether cookies are marked Secure
     * @param invites the invitation book
     * @param clock     stamps replies
     * @param languages the study's languages, its default first
     */
    record ChatSetup(Path media, boolean secure, InviteBook invites, Clock clock, List<Language> languages) {
        ChatSetup {
            media = media.toAbsolutePath().normalize();
            languages = List.copyOf(languages);
        }
    }
}
