package eu.coact.consent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.consent.ConsentReceipt;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.util.Locale;

/** Writes receipts in the field names of ISO/IEC TS 27560 where it has one. */
public final class ReceiptJson {

    private static final ObjectMapper MAPPER = DocumentReader.standard().mapper(DocumentFormat.JSON);

    private ReceiptJson() {}

    /** The receipt as pretty-printed JSON. */
    public static String write(ConsentReceipt receipt) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", ConsentReceipt.SCHEMA_VERSION);
        root.put("receipt_id", receipt.receiptId());
        root.put("record_id", "ledger-entry-" + receipt.ledgerSequence());
        root.put("pii_principal_id", receipt.participant().value());
        ObjectNode controller = root.putArray("pii_controllers").addObject();
        controller.put("name", receipt.controller());
        controller.put("contact", receipt.controllerContact());
        root.put("jurisdiction", receipt.jurisdiction());
        root.put("sensitive", receipt.sensitive());
        ObjectNode event = root.putObject("event");
        event.put("kind", receipt.kind());
        event.put("time", receipt.at().toString());
        event.put("actor", receipt.actor().code());
        event.put("channel", receipt.channel().name());
        root.put("state", receipt.stage().name().toLowerCase(Locale.ROOT));
        receipt.role().ifPresent(role -> root.put("role", role.code()));
        receipt.document().ifPresent(doc -> {
            ObjectNode notice = root.putObject("notice");
            notice.put("document_id", doc.id().value());
            notice.put("version", doc.version());
            notice.put("language", doc.language().tag());
            notice.put("sha256", doc.digest());
        });
        ArrayNode purposes = root.putArray("purposes");
        for (ConsentReceipt.PurposeLine line : receipt.purposes()) {
            ObjectNode item = purposes.addObject();
            item.put("purpose", line.purpose().value());
            item.put("mandatory", line.mandatory());
            item.put("status", line.status().code());
        }
        receipt.eligibility().ifPresent(eligibility -> {
            ObjectNode node = root.putObject("eligibility");
            node.put("declared_age", eligibility.declaredAge());
            node.put("supported_decision", eligibility.supported());
        });
        ObjectNode withdrawal = root.putObject("withdrawal");
        withdrawal.put("method", receipt.withdrawalMethod());
        receipt.withdrawal().ifPresent(w -> {
            withdrawal.put("choice", w.choice().code());
            withdrawal.put("analysed_data", w.analysedData().code());
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt could not be written", e);
        }
    }
}
