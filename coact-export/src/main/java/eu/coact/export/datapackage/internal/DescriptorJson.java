package eu.coact.export.datapackage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.read.DocumentReader;
import eu.coact.export.datapackage.Constraints;
import eu.coact.export.datapackage.Contributor;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.ForeignKey;
import eu.coact.export.datapackage.Licence;
import eu.coact.export.datapackage.Source;
import eu.coact.export.datapackage.TableSchema;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a package as a {@code datapackage.json} tree. Keys are written in a fixed order (the
 * order of the standard's tables), empty optional parts are left out, so the same package always
 * gives the same bytes.
 */
public final class DescriptorJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DescriptorJson() {}

    /** The descriptor as pretty-printed JSON with LF line ends and a final newline. */
    public static String render(DataPackage pkg) {
        return DocumentReader.standard().writeJson(tree(pkg));
    }

    /** The descriptor as a JSON tree. */
    public static ObjectNode tree(DataPackage pkg) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DataPackage.PROFILE);
        root.put("name", pkg.name());
        putIfNotEmpty(root, "title", pkg.title());
        putIfNotEmpty(root, "description", pkg.description());
        putIfNotEmpty(root, "version", pkg.version());
        pkg.created().ifPresent(c -> root.put("created", c.toString()));
        if (!pkg.keywords().isEmpty()) {
            ArrayNode keywords = root.putArray("keywords");
            pkg.keywords().forEach(keywords::add);
        }
        if (!pkg.licences().isEmpty()) {
            ArrayNode licences = root.putArray("licenses");
            for (Licence l : pkg.licences()) {
                licences.addObject().put("name", l.id()).put("path", l.url()).put("title", l.title());
            }
        }
        if (!pkg.contributors().isEmpty()) {
            ArrayNode contributors = root.putArray("contributors");
            for (Contributor c : pkg.contributors()) {
                ObjectNode node = contributors.addObject().put("title", c.title());
                ArrayNode roles = node.putArray("roles");
                c.roles().forEach(roles::add);
                c.organization().ifPresent(o -> node.put("organization", o));
                c.path().ifPresent(p -> node.put("path", p));
            }
        }
        if (!pkg.sources().isEmpty()) {
            ArrayNode sources = root.putArray("sources");
            for (Source s : pkg.sources()) {
                ObjectNode node = sources.addObject().put("title", s.title());
                s.path().ifPresent(p -> node.put("path", p));
            }
        }
        ArrayNode resources = root.putArray("resources");
        for (DataResource r : pkg.resources()) {
            resources.add(resource(r));
        }
        return root;
    }

    private static ObjectNode resource(DataResource r) {
        ObjectNode node = NODES.objectNode();
        node.put("name", r.name());
        node.put("type", "table");
        node.put("path", r.path());
        putIfNotEmpty(node, "title", r.title());
        putIfNotEmpty(node, "description", r.description());
        node.put("format", r.format());
        node.put("mediatype", r.mediaType());
        node.put("encoding", r.encoding());
        node.set("schema", schema(r.schema()));
        return node;
    }

    private static ObjectNode schema(TableSchema s) {
        ObjectNode node = NODES.objectNode();
        node.put("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        ArrayNode fields = node.putArray("fields");
        for (Field f : s.fields()) {
            ObjectNode field = fields.addObject();
            field.put("name", f.name());
            field.put("type", f.type().jsonName());
            putIfNotEmpty(field, "title", f.title());
            putIfNotEmpty(field, "description", f.description());
            if (!f.constraints().isEmpty()) {
                field.set("constraints", constraints(f, f.constraints()));
            }
        }
        ArrayNode missing = node.putArray("missingValues");
        s.missingValues().forEach(missing::add);
        if (!s.primaryKey().isEmpty()) {
            ArrayNode pk = node.putArray("primaryKey");
            s.primaryKey().forEach(pk::add);
        }
        if (!s.foreignKeys().isEmpty()) {
            ArrayNode fks = node.putArray("foreignKeys");
            for (ForeignKey fk : s.foreignKeys()) {
                ObjectNode key = fks.addObject();
                ArrayNode own = key.putArray("fields");
                fk.fields().forEach(own::add);
                ObjectNode ref = key.putObject("reference");
                fk.resource().ifPresent(t -> ref.put("resource", t));
                ArrayNode theirs = ref.putArray("fields");
                fk.referenceFields().forEach(theirs::add);
            }
        }
        return node;
    }

    private static ObjectNode constraints(Field f, Constraints c) {
        ObjectNode node = NODES.objectNode();
        if (c.required()) {
            node.put("required", true);
        }
        if (c.unique()) {
            node.put("unique", true);
        }
        if (!c.allowed().isEmpty()) {
            ArrayNode values = node.putArray("enum");
            c.allowed().forEach(v -> values.add(typed(f, v)));
        }
        c.minimum().ifPresent(v -> node.set("minimum", typed(f, v)));
        c.maximum().ifPresent(v -> node.set("maximum", typed(f, v)));
        c.pattern().ifPresent(p -> node.put("pattern", p));
        return node;
    }

    /** Numeric constraint values are JSON numbers, as the standard asks; others stay strings. */
    private static JsonNode typed(Field f, String lexical) {
        if (f.type().isNumeric()) {
            try {
                return NODES.numberNode(new BigDecimal(lexical));
            } catch (NumberFormatException e) {
                return NODES.textNode(lexical);
            }
        }
        return NODES.textNode(lexical);
    }

    private static void putIfNotEmpty(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    /** The field names of a list, for messages. */
    static String names(List<String> names) {
        return String.join(", ", names);
    }
}
