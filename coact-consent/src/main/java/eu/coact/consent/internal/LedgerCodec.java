package eu.coact.consent.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.async.ByteBufferFeeder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.consent.Actor;
import eu.coact.consent.AnalysedDataPolicy;
import eu.coact.consent.Channel;
import eu.coact.consent.DocumentReference;
import eu.coact.consent.Eligibility;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Transition;
import eu.coact.consent.Transition.ConsentDeclined;
import eu.coact.consent.Transition.ConsentGiven;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.consent.Transition.ContactPaused;
import eu.coact.consent.Transition.ContactResumed;
import eu.coact.consent.Transition.DataErased;
import eu.coact.consent.Transition.DocumentShown;
import eu.coact.consent.Transition.FirstContact;
import eu.coact.consent.Transition.PurposeChanged;
import eu.coact.consent.WithdrawalChoice;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns transitions into journal events and back. Payloads are small JSON documents; the
 * participant's pseudonym and the time are in the journal entry itself, never in the payload,
 * so that redacting a payload leaves only pseudonym, time and kind.
 */
public final class LedgerCodec {

    /** Prefix of every event type the ledger writes; other modules' events are ignored. */
    public static final String PREFIX = "consent.";
    /** The event type of a document publication (a study-level event). */
    public static final String DOCUMENT_PUBLISHED = PREFIX + "document-published";
    /** The event type of an erasure tombstone. */
    public static final String DATA_ERASED = PREFIX + "data-erased";

    private final ObjectMapper mapper = DocumentReader.standard().mapper(DocumentFormat.JSON);
    /**
     * Replay parses millions of payloads that this codec wrote itself and the journal's hash chain
     * protects, so it skips duplicate-key detection (which allocates a set per object) but keeps
     * the size limits of the reader that people's files go through. It also makes non-blocking
     * parsers, so that one parser reads payload after payload: making a parser costs more than
     * reading a transition's few fields.
     */
    private final JsonFactory replayParsers = JsonFactory.builder()
            .streamReadConstraints(mapper.getFactory().streamReadConstraints())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** The parser reused across payloads; dropped after any payload it could not read. */
    private JsonParser replayParser;
    /** Bytes fed to it: the size limit counts everything a parser has read, so it is renewed in time. */
    private long replayParserBytes;

    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, PurposeId> purposes = new HashMap<>();

    /** The journal event for a transition. */
    public JournalEvent encode(
            Transition transition, Optional<DocumentReference> governing, AnalysedDataPolicy analysedData) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("actor", transition.actor().code());
        payload.put("channel", transition.channel().name());
        if (transition instanceof DocumentShown shown) {
            payload.set("document", reference(shown.document()));
        } else if (transition instanceof ConsentGiven given) {
            payload.set("document", reference(given.document()));
            ArrayNode granted = payload.putArray("granted");
            given.granted().stream().map(PurposeId::value).sorted().forEach(granted::add);
            payload.put("declared-age", given.eligibility().declaredAge());
            given.eligibility().supportNote().ifPresent(note -> payload.put("support-note", note));
        } else {
            governing.ifPresent(doc -> payload.set("document", reference(doc)));
        }
        if (transition instanceof FirstContact contact) {
            payload.put("role", contact.role().code());
        } else if (transition instanceof PurposeChanged changed) {
            payload.put("purpose", changed.purpose().value());
            payload.put("granted", changed.granted());
        } else if (transition instanceof ConsentWithdrawn withdrawn) {
            payload.put("choice", withdrawn.choice().code());
            payload.put("analysed-data", analysedData.code());
        } else if (transition instanceof DataErased) {
            payload.put("kind", "erasure");
        }
        return JournalEvent.about(
                transition.participant(), transition.at(), PREFIX + transition.kind(), write(payload));
    }

    /** The journal event that publishes a document. */
    public JournalEvent encode(PublishedVersion document) {
        ObjectNode payload = reference(document.reference());
        payload.put("role", document.role().code());
        payload.put("effective", document.effective().toString());
        ArrayNode listed = payload.putArray("purposes");
        document.purposes().forEach(p -> listed.add(p.value()));
        ArrayNode mandatory = payload.putArray("mandatory");
        document.mandatory().stream().map(PurposeId::value).sorted().forEach(mandatory::add);
        return JournalEvent.of(document.publishedAt(), DOCUMENT_PUBLISHED, write(payload));
    }

    /**
     * The published document an entry holds.
     *
     * @throws IllegalArgumentException if the payload is not one
     */
    public PublishedVersion decodeDocument(JournalEntry entry) {
        JsonNode payload = read(entry);
        List<PurposeId> listed = new ArrayList<>();
        payload.path("purposes").forEach(p -> listed.add(purpose(p.asText())));
        Set<PurposeId> mandatory = new HashSet<>();
        payload.path("mandatory").forEach(p -> mandatory.add(purpose(p.asText())));
        return new PublishedVersion(
                documentReference(payload),
                ParticipationRole.fromCode(text(payload, "role"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown role")),
                LocalDate.parse(text(payload, "effective")),
                listed,
                mandatory,
                entry.at());
    }

    /**
     * The transition an entry holds.
     *
     * @param entry     a non-redacted entry of a consent type about a participant
     * @param documents the published documents, to share their references
     * @param current   the analysed-data policy configured now, for transitions that record none
     * @throws IllegalArgumentException if the payload does not hold a transition
     */
    public LedgerFact decode(JournalEntry entry, DocumentRegistry documents, AnalysedDataPolicy current) {
        Pseudonym participant =
                entry.subject().orElseThrow(() -> new IllegalArgumentException("a transition is about a participant"));
        Instant at = entry.at();
        Fields payload = fields(entry);
        Actor actor = Actor.fromCode(payload.require("actor", payload.actor))
                .orElseThrow(() -> new IllegalArgumentException("unknown actor"));
        Channel channel = channels.computeIfAbsent(payload.require("channel", payload.channel), Channel::of);
        // Switching on the whole type spares a substring per replayed entry.
        String kind = entry.type();
        Transition transition;
        AnalysedDataPolicy analysed = current;
        switch (kind) {
            case PREFIX + "first-contact" ->
                transition = new FirstContact(
                        participant,
                        at,
                        actor,
                        channel,
                        ParticipationRole.fromCode(payload.require("role", payload.role))
                                .orElseThrow(() -> new IllegalArgumentException("unknown role")));
            case PREFIX + "document-shown" ->
                transition = new DocumentShown(participant, at, actor, channel, document(payload, documents));
            case PREFIX + "consent-given" -> {
                Set<PurposeId> granted = new HashSet<>();
                payload.granted.forEach(p -> granted.add(purpose(p)));
                Eligibility eligibility =
                        new Eligibility(payload.declaredAge, Optional.ofNullable(payload.supportNote));
                transition = new ConsentGiven(
                        participant, at, actor, channel, document(payload, documents), granted, eligibility);
            }
            case PREFIX + "consent-declined" -> transition = new ConsentDeclined(participant, at, actor, channel);
            case PREFIX + "purpose-changed" ->
                transition = new PurposeChanged(
                        participant,
                        at,
                        actor,
                        channel,
                        purpose(payload.require("purpose", payload.purpose)),
                        payload.grantedFlag);
            case PREFIX + "contact-paused" -> transition = new ContactPaused(participant, at, actor, channel);
            case PREFIX + "contact-resumed" -> transition = new ContactResumed(participant, at, actor, channel);
            case PREFIX + "consent-withdrawn" -> {
                transition = new ConsentWithdrawn(
                        participant,
                        at,
                        actor,
                        channel,
                        WithdrawalChoice.fromCode(payload.require("choice", payload.choice))
                                .orElseThrow(() -> new IllegalArgumentException("unknown withdrawal choice")));
                analysed = AnalysedDataPolicy.fromCode(payload.require("analysed-data", payload.analysedData))
                        .orElseThrow(() -> new IllegalArgumentException("unknown analysed-data policy"));
            }
            case PREFIX + "data-erased" -> transition = new DataErased(participant, at, actor, channel);
            default -> throw new IllegalArgumentException("unknown consent event type '" + entry.type() + "'");
        }
        return new LedgerFact(transition, analysed);
    }

    /** The fields a transition payload may hold; read with the streaming parser, as replay reads millions. */
    private static final class Fields {
        String actor;
        String channel;
        String role;
        String purpose;
        boolean grantedFlag;
        List<String> granted = List.of();
        int declaredAge = -1;
        String supportNote;
        String choice;
        String analysedData;
        String documentId;
        int documentVersion;
        String documentLanguage;
        String documentDigest;

        String require(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException("the field '" + name + "' is missing");
            }
            return value;
        }
    }

    private Fields fields(JournalEntry entry) {
        ByteBuffer bytes =
                entry.payloadBuffer().orElseThrow(() -> new IllegalArgumentException("the entry is redacted"));
        Fields fields = new Fields();
        try {
            JsonParser parser = replayParser(bytes.remaining());
            ((ByteBufferFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the payload is not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "actor" -> fields.actor = parser.getValueAsString();
                    case "channel" -> fields.channel = parser.getValueAsString();
                    case "role" -> fields.role = parser.getValueAsString();
                    case "purpose" -> fields.purpose = parser.getValueAsString();
                    case "granted" -> {
                        if (value == JsonToken.START_ARRAY) {
                            List<String> listed = new ArrayList<>();
                            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                                listed.add(parser.getText());
                            }
                            fields.granted = listed;
                        } else {
                            fields.grantedFlag = value == JsonToken.VALUE_TRUE;
                        }
                    }
                    case "declared-age" -> fields.declaredAge = parser.getValueAsInt(-1);
                    case "support-note" -> fields.supportNote = parser.getValueAsString();
                    case "choice" -> fields.choice = parser.getValueAsString();
                    case "analysed-data" -> fields.analysedData = parser.getValueAsString();
                    case "document" -> readDocument(parser, fields);
                    default -> parser.skipChildren();
                }
            }
            // The payload must be one whole object and nothing after it, so the parser is ready
            // for the next payload.
            if (token != JsonToken.END_OBJECT || parser.nextToken() != JsonToken.NOT_AVAILABLE) {
                throw new IllegalArgumentException("the payload is not one complete JSON object");
            }
            return fields;
        } catch (IOException e) {
            replayParser = null;
            throw new IllegalArgumentException("the payload is not JSON", e);
        } catch (RuntimeException e) {
            replayParser = null;
            throw e;
        }
    }

    private JsonParser replayParser(int payloadBytes) throws IOException {
        long limit = replayParsers.streamReadConstraints().getMaxDocumentLength();
        if (replayParser == null || (limit > 0 && replayParserBytes + payloadBytes > limit / 2)) {
            replayParser = replayParsers.createNonBlockingByteBufferParser();
            replayParserBytes = 0;
        }
        replayParserBytes += payloadBytes;
        return replayParser;
    }

    private static void readDocument(JsonParser parser, Fields fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("the document reference is not an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "id" -> fields.documentId = parser.getValueAsString();
                case "version" -> fields.documentVersion = parser.getValueAsInt(0);
                case "language" -> fields.documentLanguage = parser.getValueAsString();
                case "digest" -> fields.documentDigest = parser.getValueAsString();
                default -> parser.skipChildren();
            }
        }
    }

    private static DocumentReference document(Fields payload, DocumentRegistry documents) {
        String digest = payload.require("document digest", payload.documentDigest);
        Optional<PublishedVersion> known = documents.byDigest(digest);
        if (known.isPresent()
                && known.get().reference().version() == payload.documentVersion
                && known.get().reference().id().value().equals(payload.documentId)) {
            return known.get().reference();
        }
        return new DocumentReference(
                DocumentId.of(payload.require("document id", payload.documentId)),
                payload.documentVersion,
                Language.of(payload.require("document language", payload.documentLanguage)),
                digest);
    }

    private static DocumentReference documentReference(JsonNode node) {
        return new DocumentReference(
                DocumentId.of(text(node, "id")),
                node.path("version").asInt(),
                Language.of(text(node, "language")),
                text(node, "digest"));
    }

    private ObjectNode reference(DocumentReference reference) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", reference.id().value());
        node.put("version", reference.version());
        node.put("language", reference.language().tag());
        node.put("digest", reference.digest());
        return node;
    }

    private PurposeId purpose(String value) {
        return purposes.computeIfAbsent(value, PurposeId::of);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the field '" + field + "' is missing");
        }
        return value.textValue();
    }

    private JsonNode read(JournalEntry entry) {
        byte[] payload = entry.payload().orElseThrow(() -> new IllegalArgumentException("the entry is redacted"));
        try {
            JsonNode node = mapper.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the payload is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("the payload is not JSON", e);
        }
    }

    private byte[] write(ObjectNode payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger payload could not be written", e);
        }
    }
}
