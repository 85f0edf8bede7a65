package eu.coact.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.PurposeId;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an ethics committee or data-protection officer sees: how many participants were in each
 * state, role, document version and purpose at an instant, and how many transitions of each kind
 * happened per day. Counts only; no pseudonym or other identity appears.
 *
 * @param at                 the instant the counts describe
 * @param byState            participants per lifecycle stage
 * @param byRole             participants per role (erased participants have none)
 * @param byDocumentVersion  participants per accepted document version, keyed {@code id@version}
 * @param byPurpose          participants whose data may be used for each purpose
 * @param transitionsByDay   per UTC day, transitions per kind, up to {@code at}
 */
public record AuditReport(
        Instant at,
        Map<ParticipantState.Stage, Long> byState,
        Map<ParticipationRole, Long> byRole,
        Map<String, Long> byDocumentVersion,
        Map<PurposeId, Long> byPurpose,
        SortedMap<LocalDate, Map<String, Long>> transitionsByDay) {

    /** Copies the maps. */
    public AuditReport {
        Objects.requireNonNull(at, "at");
        byState = Map.copyOf(byState);
        byRole = Map.copyOf(byRole);
        byDocumentVersion = Map.copyOf(byDocumentVersion);
        byPurpose = Map.copyOf(byPurpose);
        transitionsByDay = Collections.unmodifiableSortedMap(new TreeMap<>(transitionsByDay));
    }

    /** The number of participants the ledger knew at {@code at}, erased ones included. */
    public long participants() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The report as JSON, with keys in a stable order. */
    public String toJson() {
        ObjectMapper mapper = DocumentReader.standard().mapper(DocumentFormat.JSON);
        ObjectNode root = mapper.createObjectNode();
        root.put("at", at.toString());
        root.put("participants", participants());
        ObjectNode states = root.putObject("by_state");
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            states.put(stage.name().toLowerCase(Locale.ROOT), byState.getOrDefault(stage, 0L));
        }
        ObjectNode roles = root.putObject("by_role");
        for (ParticipationRole role : ParticipationRole.values()) {
            roles.put(role.code(), byRole.getOrDefault(role, 0L));
        }
        ObjectNode versions = root.putObject("by_document_version");
        new TreeMap<>(byDocumentVersion).forEach(versions::put);
        ObjectNode purposes = root.putObject("by_purpose");
        new TreeMap<>(byPurpose).forEach((purpose, count) -> purposes.put(purpose.value(), count));
        ObjectNode days = root.putObject("transitions_by_day");
        transitionsByDay.forEach((day, counts) -> {
            ObjectNode perKind = days.putObject(day.toString());
            new TreeMap<>(counts).forEach(perKind::put);
        });
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
    }
}
