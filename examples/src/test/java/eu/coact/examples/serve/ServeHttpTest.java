package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.journal.FileJournal;
import eu.coact.examples.study.InputMistake;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participants and the team meet the server over HTTP on loopback, as a browser would. */
class ServeHttpTest {

    @TempDir
    Path directory;

    static String invite(ServedStudy.Browser coordinator, String csrf, String kind) {
        HttpResponse<String> created =
                coordinator.post("/team/invites", Map.of("csrf", csrf, "kind", kind, "label", "test"), false);
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("/join/([A-Za-z0-9_-]{43})").matcher(created.body());
        assertThat(link.find()).as("the page shows the link").isTrue();
        return link.group(1);
    }

    /** Joins, consents to taking part and to publication, and returns the browser. */
    static ServedStudy.Browser joinAndConsent(ServedStudy served, String token) {
        ServedStudy.Browser participant = served.browser();
        assertThat(participant.get("/join/" + token).statusCode()).isEqualTo(200);
        press(served, participant, "agree");
        press(served, participant, "publish");
        served.advance(Duration.ofMinutes(5));
        return participant;
    }

    /** Waits (in the study's time) until a button with this value is offered, then presses it. */
    static void press(ServedStudy served, ServedStudy.Browser participant, String value) {
        for (int step = 0; step < 30; step++) {
            boolean offered = list(participant.messages()).stream()
                    .anyMatch(m -> m.get("buttons").findValuesAsText("value").contains(value));
            if (offered) {
                assertThat(participant.press(value).statusCode()).isEqualTo(204);
                return;
            }
            served.advance(Duration.ofMinutes(1));
        }
        throw new AssertionError("the button " + value + " was never offered");
    }

    /** Waits (in the study's time, up to three days) for the first question after a message number. */
    static JsonNode awaitQuestion(ServedStudy served, ServedStudy.Browser participant, long after) {
        JsonNode question = null;
        for (int hour = 0; hour < 72 && question == null; hour++) {
            participant.messages();
            question = participant.received.stream()
                    .filter(m -> m.get("seq").asLong() > after)
                    .filter(m -> !m.get("buttons").isEmpty())
                    .findFirst()
                    .orElse(null);
            served.advance(Duration.ofHours(1));
        }
        assertThat(question)
                .as("a question with buttons arrived within three days")
                .isNotNull();
        return question;
    }

    static List<JsonNode> list(JsonNode body) {
        List<JsonNode> messages = new ArrayList<>();
        body.path("messages").forEach(messages::add);
        return messages;
    }

    @Test
    void aParticipantJoinsByInviteConsentsAnswersWithButtonsTypesACommandPausesAndResumes() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String token = invite(coordinator, coordinator.login("ana"), "single");

            ServedStudy.Browser participant = served.browser();
            HttpResponse<String> joined =
                    participant.send(HttpRequest.newBuilder(URI.create(served.base() + "/join/" + token))
                            .header("Accept-Language", "en-GB,en;q=0.8,de;q=0.5"));
            assertThat(joined.statusCode()).isEqualTo(200);
            assertThat(joined.body()).contains("<script src=\"/chat/chat.js\">");
            String cookie = joined.headers().firstValue("set-cookie").orElseThrow();
            assertThat(cookie)
                    .startsWith(ChatRoutes.COOKIE + "=")
                    .contains("HttpOnly", "SameSite=Strict")
                    .doesNotContain("Secure");

            served.advance(Duration.ofMinutes(2));
            JsonNode greeting = participant.messages();
            assertThat(greeting.get("language").asText()).isEqualTo("en");
            assertThat(list(greeting))
                    .anySatisfy(m -> assertThat(m.get("buttons").findValuesAsText("value"))
                            .containsExactly("agree", "decline"));
            assertThat(list(greeting))
                    .anySatisfy(m -> assertThat(m.get("html").asText()).contains("do you agree"));

            // The same single-use link does not let a second person in.
            ServedStudy.Browser second = served.browser();
            assertThat(second.get("/join/" + token).statusCode()).isEqualTo(404);
            assertThat(second.get("/chat/messages").statusCode()).isEqualTo(401);

            assertThat(participant.press("agree").statusCode()).isEqualTo(204);
            press(served, participant, "publish");
            long consented = participant.seen;
            served.advance(Duration.ofMinutes(5));
            assertThat(participant.messages().get("standing").asText()).isEqualTo("active");

            // The first block arrives later; its first question is answered with a button.
            JsonNode question = awaitQuestion(served, participant, consented);
            assertThat(participant.received)
                    .extracting(m -> m.get("seq").asLong())
                    .doesNotHaveDuplicates()
                    .isSorted();
            long answersBefore = served.server.engine().counters().answers();
            String value = question.get("buttons").get(0).get("value").asText();
            assertThat(participant.press(value).statusCode()).isEqualTo(204);
            assertThat(served.server.engine().counters().answers()).isEqualTo(answersBefore + 1);

            // A typed command: pause, then resume.
            assertThat(participant
                            .post("/chat/say", Map.of("text", "/pause"), true)
                            .statusCode())
                    .isEqualTo(204);
            served.advance(Duration.ofMinutes(5));
            assertThat(participant.messages().get("standing").asText()).isEqualTo("paused");
            assertThat(participant
                            .post("/chat/say", Map.of("text", "/resume"), true)
                            .statusCode())
                    .isEqualTo(204);
            served.advance(Duration.ofMinutes(5));
            assertThat(participant.messages().get("standing").asText()).isEqualTo("active");

            // A reply without the chat page's header (e.g. a form on another site) changes nothing.
            long answers = served.server.engine().counters().answers();
            assertThat(participant
                            .post("/chat/say", Map.of("text", "/pause"), false)
                            .statusCode())
                    .isEqualTo(403);
            served.advance(Duration.ofMinutes(5));
            assertThat(participant.messages().get("standing").asText()).isEqualTo("active");
            assertThat(served.server.engine().counters().answers()).isEqualTo(answers);
        }
    }

    @Test
    void messagesArriveOnTheEventStreamWithoutAskingAgain() throws Exception {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            ServedStudy.Browser participant = served.browser();
            assertThat(participant
                            .get("/join/" + invite(coordinator, coordinator.login("ana"), "single"))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<java.util.stream.Stream<String>> stream = participant.http.send(
                    HttpRequest.newBuilder(URI.create(served.base() + "/chat/events"))
                            .header("Accept", "text/event-stream")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            java.util.Iterator<String> lines = stream.body().iterator();
            // Messages already there come first; the rest arrive as the study's time moves on.
            java.util.concurrent.CompletableFuture<List<String>> read =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        List<String> ids = new ArrayList<>();
                        while (ids.size() < 3 && lines.hasNext()) {
                            String line = lines.next();
                            if (line.startsWith("id: ")) {
                                ids.add(line.substring(4).strip());
                            }
                        }
                        return ids;
                    });
            served.advance(Duration.ofMinutes(2));
            assertThat(read.get(20, java.util.concurrent.TimeUnit.SECONDS)).containsExactly("1", "2", "3");
            stream.body().close();
        }
    }

    @Test
    void theCoordinatorSeesTheFunnelMoveAndSmallCountsStayHidden() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String token = invite(coordinator, coordinator.login("ana"), "campaign");

            ServedStudy.Browser one = joinAndConsent(served, token);
            String page = coordinator.get("/team").body();
            assertThat(row(page, "funnel", "active")).isEqualTo("hidden");

            List<ServedStudy.Browser> others = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                others.add(joinAndConsent(served, token));
            }
            page = coordinator.get("/team").body();
            assertThat(row(page, "funnel", "active")).isEqualTo("12");
            assertThat(row(page, "channels", "web")).isEqualTo("12");
            assertThat(others).hasSize(11);
            assertThat(one.messages().get("joined").asBoolean()).isTrue();
            // No pseudonym reaches the page (they are the only long hex strings the study makes).
            assertThat(page).doesNotContainPattern("[0-9a-f]{32}");
        }
    }

    /** The count shown in a section's row. */
    static String row(String page, String section, String label) {
        int start = page.indexOf("<section id=\"" + section + "\"");
        String part = page.substring(start, page.indexOf("</section>", start));
        Matcher m = Pattern.compile(
                        "<th scope=\"row\">" + Pattern.quote(label) + "</th><td class=\"n[^\"]*\">([^<]+)</td>")
                .matcher(part);
        assertThat(m.find()).as("row " + label + " in " + section).isTrue();
        return m.group(1);
    }

    @Test
    void aCoResearcherCannotOpenTheConsentAuditNorInvite() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser researcher = served.browser();
            String csrf = researcher.login("joan");
            assertThat(researcher.get("/team").body()).contains("id=\"funnel\"").doesNotContain("/team/consent");
            assertThat(researcher.get("/team/consent").statusCode()).isEqualTo(403);
            assertThat(researcher
                            .post("/team/invites", Map.of("csrf", csrf, "kind", "single"), false)
                            .statusCode())
                    .isEqualTo(403);

            ServedStudy.Browser officer = served.browser();
            officer.login("marta");
            assertThat(officer.get("/team/consent").statusCode()).isEqualTo(200);
            ServedStudy.Browser coordinator = served.browser();
            coordinator.login("ana");
            assertThat(coordinator.get("/team/consent").body()).contains("id=\"consent-states\"");
            assertThat(served.browser().get("/team/consent").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws IOException {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String csrf = coordinator.login("ana");
            assertThat(coordinator
                            .post("/team/invites", Map.of("kind", "single"), false)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(coordinator
                            .post("/team/invites", Map.of("kind", "single", "csrf", csrf + "x"), false)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(Files.exists(served.home.resolve("invites.json"))).isFalse();
            invite(coordinator, csrf, "single");
            assertThat(Files.readString(served.home.resolve("invites.json"))).contains("\"SINGLE\"");
            // A login form posted from another site is refused too.
            HttpResponse<String> foreign =
                    coordinator.send(HttpRequest.newBuilder(URI.create(served.base() + "/team/login"))
                            .header("Origin", "https://elsewhere.example")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("name=ana&password=x")));
            assertThat(foreign.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void loginIsThrottledAfterFiveFailures() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser guesser = served.browser();
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                assertThat(guesser.post("/team/login", Map.of("name", "ana", "password", "guess " + i), false)
                                .statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> locked =
                    guesser.post("/team/login", Map.of("name", "ana", "password", ServedStudy.PASSWORD), false);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            served.clock.set(served.clock.instant().plus(Duration.ofMinutes(2)));
            assertThat(guesser.post("/team/login", Map.of("name", "ana", "password", ServedStudy.PASSWORD), false)
                            .statusCode())
                    .isEqualTo(303);
        }
    }

    @Test
    void healthAndMetricsAnswerWithoutPersonalData() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            ServedStudy.Browser participant =
                    joinAndConsent(served, invite(coordinator, coordinator.login("ana"), "single"));
            assertThat(participant.messages().get("joined").asBoolean()).isTrue();
            HttpResponse<String> health = coordinator.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");

            int port = served.server.metricsPort().orElseThrow();
            HttpResponse<String> metrics =
                    coordinator.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")));
            assertThat(metrics.body())
                    .contains(
                            "coact_messages_out_total{channel=\"web\"}",
                            "coact_messages_in_total{channel=\"web\"}",
                            "coact_journal_append_seconds",
                            "coact_participants{state=\"active\"} 1");
            assertThat(metrics.body()).doesNotContainPattern("[0-9a-f]{32}");
        }
    }

    @Test
    void theMetricsMoveWhenMessagesAreSentAndCarryOnlyClosedLabelsNeverAPseudonymOrIdentity() {
        try (ServedStudy served = new ServedStudy(directory)) {
            int port = served.server.metricsPort().orElseThrow();
            Scrape before = Scrape.of(port);
            ServedStudy.Browser coordinator = served.browser();
            String token = invite(coordinator, coordinator.login("ana"), "single");
            ServedStudy.Browser participant = joinAndConsent(served, token);
            served.advance(Duration.ofDays(2));
            Scrape after = Scrape.of(port);

            Map<String, String> web = Map.of("channel", "web");
            assertThat(after.value("coact_delivery_seconds_count", web))
                    .isGreaterThan(before.value("coact_delivery_seconds_count", web));
            assertThat(after.value("coact_messages_out_total", web))
                    .isEqualTo(after.value("coact_delivery_seconds_count", web))
                    .isPositive();
            assertThat(after.value("coact_messages_in_total", web)).isGreaterThanOrEqualTo(2);
            assertThat(after.value("coact_scheduler_lag_seconds_count", Map.of("due", "paced")))
                    .isGreaterThan(before.value("coact_scheduler_lag_seconds_count", Map.of("due", "paced")));
            assertThat(after.value("coact_scheduler_lag_seconds_count", Map.of("due", "block")))
                    .as("the first block started at its slot")
                    .isPositive();
            assertThat(after.value("coact_journal_append_seconds_count", Map.of()))
                    .isPositive();

            // Every label is a known one, with a value from its closed set.
            Map<String, List<String>> allowed = Map.of(
                    "channel", List.of("web", "telegram"),
                    "reason", List.copyOf(ServeMetrics.FAILURE_REASONS),
                    "due", List.of("block", "paced", "retry"),
                    "state",
                            java.util.Arrays.stream(eu.coact.consent.ParticipantState.Stage.values())
                                    .map(st -> st.name().toLowerCase(java.util.Locale.ROOT))
                                    .toList());
            for (Scrape.Sample sample : after.samples()) {
                sample.labels().forEach((name, value) -> {
                    if (name.equals("le") || name.equals("quantile")) {
                        assertThat(value).matches("[0-9.eE+-]+|\\+Inf");
                    } else {
                        assertThat(ServeMetrics.LABEL_NAMES).as(sample.name()).contains(name);
                        assertThat(allowed.get(name))
                                .as(sample.name() + " " + name)
                                .contains(value);
                    }
                });
            }
            // And none of them is a pseudonym, the participant's cookie or the invitation.
            java.util.Set<String> personal = new java.util.HashSet<>();
            try (java.util.stream.Stream<eu.coact.core.journal.JournalEntry> entries =
                    served.server.journal().readAll()) {
                entries.forEach(e -> e.subject().ifPresent(p -> personal.add(p.value())));
            }
            assertThat(personal).isNotEmpty();
            participant.cookies.getCookieStore().getCookies().forEach(c -> personal.add(c.getValue()));
            personal.add(token);
            for (Scrape.Sample sample : after.samples()) {
                for (String value : sample.labels().values()) {
                    assertThat(personal).noneMatch(p -> p.equals(value) || value.contains(p));
                }
            }
        }
    }

    @Test
    void aRestartResumesWhereItWasAndTheCookieStillWorks() {
        ServedStudy.Browser participant;
        Path study;
        long seen;
        java.time.Instant stopped;
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            participant = joinAndConsent(served, invite(coordinator, coordinator.login("ana"), "single"));
            seen = participant.seen;
            study = served.study;
            stopped = served.clock.instant();
        }
        try (ServedStudy again = new ServedStudy(directory, study, stopped.plusSeconds(60))) {
            // The browser keeps its cookie; the server finds the participant through the vault.
            ServedStudy.Browser resumed = again.browser(participant.cookies);
            JsonNode body = resumed.messages();
            assertThat(body.get("joined").asBoolean()).isTrue();
            assertThat(body.get("standing").asText()).isEqualTo("active");
            assertThat(seen).isPositive();
        }
    }

    @Test
    void mediaAreServedFromSubfoldersButNeverThroughALinkNorToAStranger() throws IOException {
        try (ServedStudy served = new ServedStudy(directory)) {
            Path media = served.study.resolve("media");
            Files.createDirectories(media.resolve("consent"));
            Files.writeString(media.resolve("consent/sheet.pdf"), "%PDF-1.4 the study sheet");
            Path secret = Files.writeString(directory.resolve("secret.txt"), "not for participants");
            Files.createSymbolicLink(media.resolve("evil.png"), secret);
            Files.createSymbolicLink(media.resolve("linked"), directory);

            ServedStudy.Browser stranger = served.browser();
            assertThat(stranger.get("/chat/media/consent/sheet.pdf").statusCode())
                    .isEqualTo(401);

            ServedStudy.Browser coordinator = served.browser();
            ServedStudy.Browser participant =
                    joinAndConsent(served, invite(coordinator, coordinator.login("ana"), "single"));
            HttpResponse<String> sheet = participant.get("/chat/media/consent/sheet.pdf");
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.body()).isEqualTo("%PDF-1.4 the study sheet");
            assertThat(sheet.headers().firstValue("content-type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(participant.get("/chat/media/evil.png").statusCode()).isEqualTo(404);
            assertThat(participant.get("/chat/media/linked/secret.txt").statusCode())
                    .isEqualTo(404);
            assertThat(participant
                            .get("/chat/media/consent/..%2F..%2F..%2Fsecret.txt")
                            .statusCode())
                    .isNotEqualTo(200);
        }
    }

    @Test
    void aConsentFileReplacedAfterPublicationIsNeitherOfferedNorFollowedByTheQuestionUntilItIsBack()
            throws IOException {
        Path study = ServedStudy.copyStudy(directory);
        byte[] published = "%PDF-1.4 the published information sheet".getBytes(StandardCharsets.US_ASCII);
        Path sheet = study.resolve("media/consent/sheet.pdf");
        Files.createDirectories(sheet.getParent());
        Files.write(sheet, published);
        try (Stream<Path> documents = Files.list(study.resolve("consent"))) {
            for (Path document : documents.toList()) {
                Files.writeString(
                        document,
                        Files.readString(document)
                                .replaceFirst("\nmandatory:", "\nfile: consent/sheet.pdf\nmandatory:"));
            }
        }
        try (ServedStudy served = new ServedStudy(directory, study, ServedStudy.START)) {
            // Someone replaces the sheet once the study is running: its bytes no longer have the published digest.
            Files.writeString(sheet, "%PDF-1.4 another sheet");
            ServedStudy.Browser coordinator = served.browser();
            ServedStudy.Browser participant = served.browser();
            assertThat(participant
                            .get("/join/" + invite(coordinator, coordinator.login("ana"), "single"))
                            .statusCode())
                    .isEqualTo(200);
            served.advance(Duration.ofMinutes(10));
            List<JsonNode> before = list(participant.messages());
            assertThat(before).noneMatch(m -> m.get("kind").asText().equals("document"));
            assertThat(before)
                    .noneMatch(m -> m.get("buttons").findValuesAsText("value").contains("agree"));

            // The published sheet is back: the retry offers it, then the question, and consent is recorded.
            Files.write(sheet, published);
            press(served, participant, "agree");
            assertThat(participant.received)
                    .anyMatch(m -> m.get("kind").asText().equals("document"));
            HttpResponse<String> fetched = participant.get("/chat/media/consent/sheet.pdf");
            assertThat(fetched.body()).isEqualTo(new String(published, StandardCharsets.US_ASCII));
            press(served, participant, "publish");
            served.advance(Duration.ofMinutes(5));
            assertThat(participant.messages().get("standing").asText()).isEqualTo("active");
        }
    }

    @Test
    void aJournalThatDoesNotVerifyRefusesToStart() throws IOException {
        Path study;
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            joinAndConsent(served, invite(coordinator, coordinator.login("ana"), "single"));
            study = served.study;
        }
        // A redaction made without the signing key, as someone with the files alone could make it.
        try (FileJournal opened = FileJournal.open(directory.resolve("home").resolve("journal"))) {
            opened.redact(2);
        }
        assertThatThrownBy(() -> new ServedStudy(directory, study, ServedStudy.START.plusSeconds(86_400)))
                .isInstanceOf(InputMistake.class)
                .hasMessageContaining("does not verify");
    }
}
