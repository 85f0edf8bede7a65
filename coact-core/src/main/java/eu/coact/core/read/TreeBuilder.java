package eu.coact.core.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the tree of one document from a parser, recording where each node starts, and holds
 * YAML to the same limits as JSON (text and key length, number of values) because the YAML
 * parser does not check them all itself. Stops at the first refused feature or exceeded limit.
 */
final class TreeBuilder {

    /** The YAML core-schema tags; anything else (e.g. {@code !!java.lang.Runtime}) is refused. */
    private static final Set<String> STANDARD_TAGS =
            Set.of("str", "int", "float", "bool", "null", "binary", "seq", "map", "timestamp").stream()
                    .map(t -> "tag:yaml.org,2002:" + t)
                    .collect(Collectors.toUnmodifiableSet());

    private final String source;
    private final JsonParser parser;
    private final ReadLimits limits;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<JsonNode, long[]> children = new IdentityHashMap<>();
    /** Keys and indexes from the root to the node being read, turned into a pointer only for a problem. */
    private final ArrayDeque<Object> path = new ArrayDeque<>();

    private int count;

    /** Thrown inside the builder to stop at the first problem; never leaves the package. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    TreeBuilder(String source, JsonParser parser, ReadLimits limits) {
        this.source = source;
        this.parser = parser;
        this.limits = limits;
    }

    /** Reads the value at the parser's current token, and everything inside it. */
    NodePositions build() throws IOException, Refused {
        JsonLocation at = parser.currentTokenLocation();
        JsonNode root = value(at);
        return new NodePositions(
                root, NodePositions.pack(DocumentReader.line(at), DocumentReader.column(at)), children);
    }

    private JsonNode value(JsonLocation at) throws IOException, Refused {
        if (++count > limits.maxNodes()) {
            refuse(
                    "limit-exceeded",
                    "The document has more than " + limits.maxNodes() + " values; split it into several files.",
                    at);
        }
        checkYamlFeatures(at);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object();
            case START_ARRAY:
                return array();
            case VALUE_STRING: {
                String text = parser.getText();
                if (text.length() > limits.maxStringLength()) {
                    refuse(
                            "limit-exceeded",
                            "A text is " + text.length() + " characters long, more than the " + limits.maxStringLength()
                                    + " allowed; split it or move it to its own file.",
                            at);
                }
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(parser.getBigIntegerValue())
                        : parser.getNumberType() == JsonParser.NumberType.LONG
                                ? nodes.numberNode(parser.getLongValue())
                                : nodes.numberNode(parser.getIntValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            case VALUE_EMBEDDED_OBJECT: {
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] binary ? nodes.binaryNode(binary) : nodes.nullNode();
            }
            default:
                refuse("syntax-error", "Unexpected " + token + ".", at);
                return nodes.nullNode();
        }
    }

    private ObjectNode object() throws IOException, Refused {
        ObjectNode object = nodes.objectNode();
        NodePositions.Collector positions = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            if (name.length() > limits.maxNameLength()) {
                refuse(
                        "limit-exceeded",
                        "A key is " + name.length() + " characters long, more than the " + limits.maxNameLength()
                                + " allowed.",
                        nameAt);
            }
            path.addLast(name);
            JsonNode value = value(locationOfNext());
            path.removeLast();
            if (object.replace(name, value) != null) {
                path.addLast(name);
                refuse("duplicate-key", "The key '" + name + "' appears twice in the same mapping; keep one.", nameAt);
            }
            if (positions == null) {
                positions = new NodePositions.Collector();
            }
            positions.add(NodePositions.pack(DocumentReader.line(nameAt), DocumentReader.column(nameAt)));
        }
        if (positions != null) {
            children.put(object, positions.toArray());
        }
        return object;
    }

    private ArrayNode array() throws IOException, Refused {
        ArrayNode array = nodes.arrayNode();
        NodePositions.Collector positions = null;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            path.addLast(array.size());
            array.add(value(at));
            path.removeLast();
            if (positions == null) {
                positions = new NodePositions.Collector();
            }
            positions.add(NodePositions.pack(DocumentReader.line(at), DocumentReader.column(at)));
        }
        if (positions != null) {
            children.put(array, positions.toArray());
        }
        return array;
    }

    private JsonLocation locationOfNext() throws IOException {
        parser.nextToken();
        return parser.currentTokenLocation();
    }

    private void checkYamlFeatures(JsonLocation at) throws IOException, Refused {
        if (!(parser instanceof YAMLParser yamlParser)) {
            return;
        }
        if (yamlParser.isCurrentAlias()) {
            refuse("yaml-alias", "YAML aliases (*name) are not allowed; write the value out in full.", at);
        }
        String tag = yamlParser.getTypeId();
        if (tag != null && !STANDARD_TAGS.contains(tag)) {
            refuse("yaml-tag", "YAML tags such as '" + tag + "' are not allowed in CoAct files.", at);
        }
    }

    private void refuse(String code, String message, JsonLocation at) throws Refused {
        throw new Refused(Problem.error(
                code, message, Location.of(source, pointer(), DocumentReader.line(at), DocumentReader.column(at))));
    }

    private String pointer() {
        StringBuilder out = new StringBuilder();
        for (Iterator<Object> steps = path.iterator(); steps.hasNext(); ) {
            Object step = steps.next();
            out.append('/').append(step instanceof String name ? SourceDocument.escape(name) : step);
        }
        return out.toString();
    }
}
