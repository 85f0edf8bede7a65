package eu.coact.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.export.AnswerFilter;
import eu.coact.export.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one entry of {@code indicators} in {@code release.yaml}: its id, title and unit, the
 * numerator and denominator answer filters (the numerator counting a part of the denominator)
 * and the participant attributes it is broken down by.
 */
final class IndicatorEntry {

    private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?");

    private final NodeReader fields;

    IndicatorEntry(NodeReader fields) {
        this.fields = fields;
    }

    /** The indicator an entry describes, or empty after reporting why it cannot be used; {@code ids} collects the ids seen. */
    Optional<Indicator> read(JsonNode node, String at, Set<String> attributes, Set<String> ids) {
        fields.knownFields(
                node, at, "an indicator", Set.of("id", "title", "unit", "numerator", "denominator", "breakdowns"));
        Optional<String> id = fields.text(node, at, "id", Need.REQUIRED);
        id.ifPresent(i -> {
            if (!ID.matcher(i).matches()) {
                error(
                        at + "/id",
                        "invalid-id",
                        "an indicator id is lower case letters, digits and '-', e.g. same-experience");
            } else if (!ids.add(i)) {
                error(at + "/id", "duplicate-id", "two indicators have the id '" + i + "'");
            }
        });
        Optional<String> title = fields.text(node, at, "title", Need.REQUIRED);
        String unit = fields.text(node, at, "unit", Need.OPTIONAL).orElse("participants");
        Optional<AnswerFilter> numerator = filter(node.path("numerator"), at + "/numerator");
        Optional<AnswerFilter> denominator = filter(node.path("denominator"), at + "/denominator");
        if (numerator.isPresent() && denominator.isPresent()) {
            AnswerFilter n = numerator.get();
            AnswerFilter d = denominator.get();
            if (!n.question().equals(d.question())
                    || !n.block().equals(d.block())
                    || (!d.answers().isEmpty()
                            && (n.answers().isEmpty() || !d.answers().containsAll(n.answers())))) {
                error(
                        at + "/numerator",
                        "not-a-part",
                        "the numerator counts part of the denominator: the same question "
                                + "and block, and answers among the denominator's");
            }
        }
        List<String> breakdowns = new ArrayList<>();
        JsonNode list = node.path("breakdowns");
        if (!list.isMissingNode()) {
            if (!list.isArray()) {
                error(at + "/breakdowns", "wrong-type", "'breakdowns' is a list of participant attributes");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    String b = list.get(i).asText("");
                    if (!attributes.contains(b)) {
                        error(
                                at + "/breakdowns/" + i,
                                "unknown-attribute",
                                "'" + b + "' is not a published participant " + "attribute; use one of " + attributes);
                    } else {
                        breakdowns.add(b);
                    }
                }
            }
        }
        if (id.isEmpty() || title.isEmpty() || numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(id.get(), title.get(), unit, numerator.get(), denominator.get(), breakdowns));
    }

    private Optional<AnswerFilter> filter(JsonNode node, String at) {
        if (!node.isObject()) {
            error(
                    at,
                    "missing-field",
                    "'" + at.substring(at.lastIndexOf('/') + 1)
                            + "' is a mapping such as {question: yo, answers: [A]}");
            return Optional.empty();
        }
        fields.knownFields(node, at, "an answer filter", Set.of("block", "question", "answers"));
        Optional<String> question = fields.text(node, at, "question", Need.REQUIRED);
        Optional<String> block = fields.text(node, at, "block", Need.OPTIONAL);
        Set<String> answers = new LinkedHashSet<>();
        JsonNode list = node.path("answers");
        if (!list.isMissingNode()) {
            if (!list.isArray()) {
                error(at + "/answers", "wrong-type", "'answers' is a list of answer codes");
            } else {
                list.forEach(a -> answers.add(a.asText()));
            }
        }
        return question.map(q -> new AnswerFilter(block, q, answers));
    }

    private void error(String pointer, String code, String message) {
        fields.error(code, message, pointer);
    }
}
