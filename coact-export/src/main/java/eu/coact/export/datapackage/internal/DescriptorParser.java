package eu.coact.export.datapackage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.datapackage.Constraints;
import eu.coact.export.datapackage.Contributor;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.ForeignKey;
import eu.coact.export.datapackage.Licence;
import eu.coact.export.datapackage.Source;
import eu.coact.export.datapackage.TableSchema;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code datapackage.json} tree into the model, collecting every problem with the JSON
 * Pointer and line where it is, instead of stopping at the first.
 */
public final class DescriptorParser {

    private final SourceDocument doc;
    private final Problems.Builder problems = Problems.builder();
    private final NodeReader fields;

    private DescriptorParser(SourceDocument doc) {
        this.doc = doc;
        this.fields = new NodeReader(doc, problems);
    }

    /** The package described by the document, or every problem that prevents it. */
    public static Validated<DataPackage> parse(SourceDocument doc) {
        return new DescriptorParser(doc).parse();
    }

    private Validated<DataPackage> parse() {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            error("", "wrong-type", "a datapackage.json holds one JSON object");
            return Validated.invalid(problems.build());
        }
        String name = fields.text(root, "", "name", Need.REQUIRED).orElse("");
        DataPackage.Builder builder = null;
        try {
            builder = DataPackage.builder(name);
        } catch (IllegalArgumentException e) {
            error("/name", "invalid-name", e.getMessage());
        }
        String title = fields.text(root, "", "title", Need.OPTIONAL).orElse("");
        String description = fields.text(root, "", "description", Need.OPTIONAL).orElse("");
        String version = fields.text(root, "", "version", Need.OPTIONAL).orElse("");
        Optional<Instant> created = fields.text(root, "", "created", Need.OPTIONAL)
                .flatMap(c -> {
                    try {
                        return Optional.of(Instant.parse(c));
                    } catch (DateTimeParseException e) {
                        error(
                                "/created",
                                "invalid-created",
                                "'created' is an ISO 8601 date-time in UTC such as 2026-11-21T10:00:00Z, not '" + c
                                        + "'");
                        return Optional.empty();
                    }
                });
        List<Licence> licences = new ArrayList<>();
        forEach(root, "/licenses", false, (node, at) -> {
            Optional<String> id = fields.text(node, at, "name", Need.REQUIRED);
            Optional<String> path = fields.text(node, at, "path", Need.REQUIRED);
            Optional<String> ltitle = fields.text(node, at, "title", Need.OPTIONAL);
            if (id.isPresent() && path.isPresent()) {
                attempt(
                        at,
                        "invalid-licence",
                        () -> licences.add(new Licence(id.get(), path.get(), ltitle.orElse(id.get()))));
            }
        });
        List<Contributor> contributors = new ArrayList<>();
        forEach(root, "/contributors", false, (node, at) -> {
            Optional<String> ctitle = fields.text(node, at, "title", Need.REQUIRED);
            List<String> roles = strings(node, at, "/roles");
            Optional<String> org = fields.text(node, at, "organization", Need.OPTIONAL);
            Optional<String> path = fields.text(node, at, "path", Need.OPTIONAL);
            ctitle.ifPresent(t ->
                    attempt(at, "invalid-contributor", () -> contributors.add(new Contributor(t, roles, org, path))));
        });
        List<Source> sources = new ArrayList<>();
        forEach(
                root,
                "/sources",
                false,
                (node, at) -> fields.text(node, at, "title", Need.REQUIRED)
                        .ifPresent(t -> attempt(
                                at,
                                "invalid-source",
                                () -> sources.add(new Source(t, fields.text(node, at, "path", Need.OPTIONAL))))));
        List<String> keywords = strings(root, "", "/keywords");
        List<DataResource> resources = new ArrayList<>();
        forEach(root, "/resources", true, (node, at) -> resource(node, at).ifPresent(resources::add));
        if (problems.hasErrors() || builder == null) {
            return Validated.invalid(problems.build());
        }
        builder.title(title).description(description).version(version);
        created.ifPresent(builder::created);
        licences.forEach(builder::licence);
        contributors.forEach(builder::contributor);
        sources.forEach(builder::source);
        keywords.forEach(builder::keyword);
        resources.forEach(builder::resource);
        try {
            return Validated.valid(builder.build());
        } catch (IllegalArgumentException e) {
            error("/resources", "inconsistent-package", e.getMessage());
            return Validated.invalid(problems.build());
        }
    }

    private Optional<DataResource> resource(JsonNode node, String at) {
        Optional<String> name = fields.text(node, at, "name", Need.REQUIRED);
        Optional<String> path = fields.text(node, at, "path", Need.REQUIRED);
        String format = fields.text(node, at, "format", Need.OPTIONAL).orElse("csv");
        String mediaType = fields.text(node, at, "mediatype", Need.OPTIONAL).orElse("text/csv");
        String encoding = fields.text(node, at, "encoding", Need.OPTIONAL).orElse("utf-8");
        if (!format.equals("csv")) {
            error(at + "/format", "unsupported-format", "only CSV resources can be read, not '" + format + "'");
        }
        if (!encoding.equalsIgnoreCase("utf-8")) {
            error(at + "/encoding", "unsupported-encoding", "only UTF-8 resources can be read, not '" + encoding + "'");
        }
        JsonNode schemaNode = node.at("/schema");
        if (!schemaNode.isObject()) {
            error(at + "/schema", "missing-schema", "every resource needs an inline Table Schema object");
            return Optional.empty();
        }
        Optional<TableSchema> schema = schema(schemaNode, at + "/schema");
        if (name.isEmpty() || path.isEmpty() || schema.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DataResource(
                    name.get(),
                    path.get(),
                    fields.text(node, at, "title", Need.OPTIONAL).orElse(""),
                    fields.text(node, at, "description", Need.OPTIONAL).orElse(""),
                    format,
                    mediaType,
                    encoding,
                    schema.get()));
        } catch (IllegalArgumentException e) {
            error(at, "invalid-resource", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<TableSchema> schema(JsonNode node, String at) {
        List<Field> schemaFields = new ArrayList<>();
        forEach(node, at, "/fields", true, (f, fat) -> field(f, fat).ifPresent(schemaFields::add));
        List<String> missing = node.has("missingValues") ? strings(node, at, "/missingValues") : List.of("");
        List<String> primaryKey = node.has("primaryKey") ? strings(node, at, "/primaryKey") : List.of();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        forEach(node, at, "/foreignKeys", false, (fk, fkat) -> {
            List<String> own = strings(fk, fkat, "/fields");
            JsonNode ref = fk.at("/reference");
            if (!ref.isObject()) {
                error(fkat + "/reference", "missing-reference", "a foreign key needs a 'reference' object");
                return;
            }
            Optional<String> target = fields.text(ref, fkat + "/reference", "resource", Need.OPTIONAL);
            List<String> theirs = strings(ref, fkat + "/reference", "/fields");
            attempt(fkat, "invalid-foreign-key", () -> foreignKeys.add(new ForeignKey(own, target, theirs)));
        });
        if (schemaFields.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TableSchema(schemaFields, missing, primaryKey, foreignKeys));
        } catch (IllegalArgumentException e) {
            error(at, "invalid-schema", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Field> field(JsonNode node, String at) {
        Optional<String> name = fields.text(node, at, "name", Need.REQUIRED);
        String typeName = fields.text(node, at, "type", Need.OPTIONAL).orElse("string");
        Optional<FieldType> type = FieldType.fromJsonName(typeName);
        if (type.isEmpty()) {
            error(
                    at + "/type",
                    "unknown-type",
                    "unknown field type '" + typeName
                            + "'; use one of string, integer, number, boolean, date, time, datetime, year");
        }
        Constraints constraints = Constraints.none();
        JsonNode c = node.at("/constraints");
        String cat = at + "/constraints";
        if (!c.isMissingNode()) {
            if (!c.isObject()) {
                error(cat, "invalid-constraints", "'constraints' is an object");
            } else {
                boolean required =
                        fields.bool(c, cat, "required", Need.OPTIONAL).orElse(false);
                boolean unique = fields.bool(c, cat, "unique", Need.OPTIONAL).orElse(false);
                List<String> allowed = c.has("enum") ? scalars(c, cat, "/enum") : List.of();
                Optional<String> min = scalar(c, cat, "/minimum");
                Optional<String> max = scalar(c, cat, "/maximum");
                Optional<String> pattern = fields.text(c, cat, "pattern", Need.OPTIONAL);
                try {
                    constraints = new Constraints(required, unique, allowed, min, max, pattern);
                } catch (IllegalArgumentException e) {
                    error(cat + "/pattern", "invalid-pattern", e.getMessage());
                }
                if (type.isPresent()) {
                    for (int i = 0; i < allowed.size(); i++) {
                        Optional<String> bad = ValueType.check(type.get(), allowed.get(i));
                        if (bad.isPresent()) {
                            error(
                                    cat + "/enum/" + i,
                                    "invalid-enum-value",
                                    "an allowed value does not fit the field's type: " + bad.get());
                        }
                    }
                }
            }
        }
        if (name.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Field(
                    name.get(),
                    type.get(),
                    fields.text(node, at, "title", Need.OPTIONAL).orElse(""),
                    fields.text(node, at, "description", Need.OPTIONAL).orElse(""),
                    constraints));
        } catch (IllegalArgumentException e) {
            error(at + "/name", "invalid-field-name", e.getMessage());
            return Optional.empty();
        }
    }

    // --- small readers that report what they cannot use --------------------------------------

    private interface Each {
        void accept(JsonNode node, String at);
    }

    private void forEach(JsonNode parent, String pointer, boolean required, Each each) {
        forEach(parent, "", pointer, required, each);
    }

    private void forEach(JsonNode parent, String at, String pointer, boolean required, Each each) {
        JsonNode array = parent.at(pointer);
        if (array.isMissingNode()) {
            if (required) {
                error(at, "missing-field", "'" + pointer.substring(1) + "' is required here");
            }
            return;
        }
        if (!array.isArray() || (required && array.isEmpty())) {
            error(
                    at + pointer,
                    "wrong-type",
                    "'" + pointer.substring(1) + "' is " + (required ? "a non-empty" : "an") + " array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String here = at + pointer + "/" + i;
            if (!array.get(i).isObject()) {
                error(here, "wrong-type", "each entry of '" + pointer.substring(1) + "' is an object");
                continue;
            }
            each.accept(array.get(i), here);
        }
    }

    private Optional<String> scalar(JsonNode parent, String at, String pointer) {
        JsonNode node = parent.at(pointer);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue().toPlainString());
        }
        if (node.isTextual()) {
            return Optional.of(node.textValue());
        }
        error(at + pointer, "wrong-type", "'" + pointer.substring(1) + "' is a number or a string");
        return Optional.empty();
    }

    private List<String> strings(JsonNode parent, String at, String pointer) {
        return list(parent, at, pointer, false);
    }

    private List<String> scalars(JsonNode parent, String at, String pointer) {
        return list(parent, at, pointer, true);
    }

    private List<String> list(JsonNode parent, String at, String pointer, boolean numbersToo) {
        JsonNode node = parent.at(pointer);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            error(at + pointer, "wrong-type", "'" + pointer.substring(1) + "' is an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual()) {
                out.add(item.textValue());
            } else if (numbersToo && item.isNumber()) {
                out.add(item.decimalValue().toPlainString());
            } else {
                error(at + pointer + "/" + i, "wrong-type", "each entry of '" + pointer.substring(1) + "' is a string");
            }
        }
        return out;
    }

    private void attempt(String at, String code, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            error(at, code, e.getMessage());
        }
    }

    private void error(String pointer, String code, String message) {
        problems.error(code, message, doc.locate(pointer));
    }
}
