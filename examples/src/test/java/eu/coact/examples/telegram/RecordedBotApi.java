package eu.coact.examples.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Bot API on 127.0.0.1 that plays recorded exchanges (JSON files under {@code telegram/} on
 * the test class path) and records every request the client library makes. A method with no
 * recording queued answers with its default recording ({@code <method>-ok.json}), and
 * {@code getUpdates} with the updates {@linkplain #offer offered} and not yet confirmed, as
 * Telegram keeps them: a request's {@code offset} confirms every update below it, for good.
 */
public final class RecordedBotApi implements AutoCloseable {

    /** The bot token the client is given. */
    public static final String TOKEN = "7012345678:AAHfake-token-for-tests_0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Deque<Recording>> queued = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final List<JsonNode> pending = new ArrayList<>();

    /** One exchange as recorded: the HTTP status and the JSON body Telegram answered with. */
    record Recording(String method, int status, String body) {}

    /**
     * One request the client made.
     *
     * @param method      the Bot API method
     * @param tokenInPath whether the path carried the bot's token
     * @param contentType the request's content type
     * @param fields      the form or multipart text fields
     * @param files       multipart file fields: field name to file name
     * @param raw         the body as sent
     * @param status      the HTTP status it was answered with
     */
    public record Request(
            String method,
            boolean tokenInPath,
            String contentType,
            Map<String, String> fields,
            Map<String, String> files,
            byte[] raw,
            int status) {

        /** A form field, or empty. */
        public String field(String name) {
            return fields.getOrDefault(name, "");
        }

        /** The bytes of a multipart file field as they were uploaded; empty when there is none. */
        byte[] fileBytes(String name) {
            String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
            String body = new String(raw, StandardCharsets.ISO_8859_1);
            for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
                int headersEnd = part.indexOf("\r\n\r\n");
                if (headersEnd < 0
                        || !attribute(part.substring(0, headersEnd), "name").equals(name)) {
                    continue;
                }
                String content = part.substring(headersEnd + 4);
                if (content.endsWith("\r\n")) {
                    content = content.substring(0, content.length() - 2);
                }
                return content.getBytes(StandardCharsets.ISO_8859_1);
            }
            return new byte[0];
        }

        JsonNode json(String name) {
            try {
                return JSON.readTree(field(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The callback data of an inline keyboard, row by row. */
        public List<List<String>> callbackData() {
            List<List<String>> rows = new ArrayList<>();
            if (!fields.containsKey("reply_markup")) {
                return rows;
            }
            for (JsonNode row : json("reply_markup").get("inline_keyboard")) {
                List<String> values = new ArrayList<>();
                row.forEach(button -> values.add(button.get("callback_data").asText()));
                rows.add(values);
            }
            return rows;
        }
    }

    /** Starts the server on a free loopback port. */
    public RecordedBotApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address to give the client library, ending in {@code /bot}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    /** Queues a recording to answer the next call of its method. */
    public RecordedBotApi play(String recording) {
        return play(recording, Map.of());
    }

    /** Queues a recording, with {@code ${name}} placeholders filled in. */
    public RecordedBotApi play(String recording, Map<String, String> fill) {
        Recording r = load(recording, fill);
        synchronized (this) {
            queued.computeIfAbsent(r.method(), m -> new ArrayDeque<>()).add(r);
        }
        return this;
    }

    /**
     * Keeps the updates of a recorded {@code getUpdates} answer until a request confirms them.
     *
     * @param recording the recording, whose {@code result} holds the updates
     * @param fill      {@code ${name}} placeholders to fill in
     * @return this server
     */
    public RecordedBotApi offer(String recording, Map<String, String> fill) {
        try {
            JsonNode updates = JSON.readTree(load(recording, fill).body()).get("result");
            synchronized (this) {
                updates.forEach(pending::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How many offered updates are not confirmed yet. */
    public synchronized int unconfirmed() {
        return pending.size();
    }

    /** Every request so far, in order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests of one method, in order. */
    public synchronized List<Request> requests(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    /** The requests except {@code getUpdates}, in order. */
    public synchronized List<Request> sent() {
        return requests.stream().filter(r -> !r.method().equals("getUpdates")).toList();
    }

    private static Recording load(String name, Map<String, String> fill) {
        try (InputStream in = RecordedBotApi.class.getResourceAsStream("/telegram/" + name)) {
            Objects.requireNonNull(in, "no recording " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : fill.entrySet()) {
                text = text.replace("${" + e.getKey() + "}", e.getValue());
            }
            JsonNode node = JSON.readTree(text);
            return new Recording(
                    node.get("method").asText(), node.get("status").asInt(), JSON.writeValueAsString(node.get("body")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        if (contentType.startsWith("multipart/")) {
            parseMultipart(raw, contentType, fields, files);
        } else {
            parseForm(new String(raw, StandardCharsets.UTF_8), fields);
        }
        Recording answer;
        synchronized (this) {
            Deque<Recording> queue = queued.get(method);
            answer = queue != null && !queue.isEmpty() ? queue.poll() : null;
            if (answer == null) {
                answer = method.equals("getUpdates") ? pendingUpdates(fields) : load(method + "-ok.json", Map.of());
            }
            requests.add(new Request(
                    method,
                    path.equals("/bot" + TOKEN + "/" + method),
                    contentType,
                    fields,
                    files,
                    raw,
                    answer.status()));
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Telegram's rule: an offset confirms every update below it; the rest are answered, up to the limit. */
    private Recording pendingUpdates(Map<String, String> fields) {
        long offset = Long.parseLong(fields.getOrDefault("offset", "0"));
        pending.removeIf(update -> update.get("update_id").asLong() < offset);
        int limit = Integer.parseInt(fields.getOrDefault("limit", "100"));
        List<JsonNode> answered = pending.subList(0, Math.min(limit, pending.size()));
        try {
            return new Recording(
                    "getUpdates", 200, "{\"ok\":true,\"result\":" + JSON.writeValueAsString(answered) + "}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseForm(String body, Map<String, String> fields) {
        if (body.isEmpty()) {
            return;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
    }

    /** Enough of multipart/form-data for what the client sends: text fields and one file. */
    private static void parseMultipart(
            byte[] raw, String contentType, Map<String, String> fields, Map<String, String> files) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        // ISO-8859-1 maps bytes one to one, so binary file parts survive the split.
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            String name = attribute(headers, "name");
            String fileName = attribute(headers, "filename");
            if (fileName.isEmpty()) {
                fields.put(name, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            } else {
                files.put(name, fileName);
            }
        }
    }

    private static String attribute(String headers, String name) {
        String marker = " " + name + "=\"";
        int start = headers.indexOf(marker);
        if (start < 0) {
            marker = ";" + name + "=\"";
            start = headers.indexOf(marker);
        }
        if (start < 0) {
            return "";
        }
        int from = start + marker.length();
        return headers.substring(from, headers.indexOf('"', from));
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}
