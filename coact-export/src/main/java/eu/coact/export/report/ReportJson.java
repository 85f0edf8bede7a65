package eu.coact.export.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.read.DocumentReader;
import eu.coact.export.disclosure.Cell;
import java.util.List;

/**
 * Writes a report as JSON, for tools that draw their own charts. The format is described by
 * {@link eu.coact.export.ExportSchema#REPORT}. A hidden value is written as
 * {@code "hidden": true} with no count.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {}

    /**
     * The report as JSON text, ending with a newline.
     *
     * @param report the report
     * @return the JSON
     */
    public static String render(Report report) {
        return DocumentReader.standard().writeJson(tree(report));
    }

    /**
     * The report as a JSON tree.
     *
     * @param report the report
     * @return the tree
     */
    public static ObjectNode tree(Report report) {
        ObjectNode root = NODES.objectNode();
        root.put("title", report.title());
        root.put("language", report.language().tag());
        ArrayNode sections = root.putArray("sections");
        for (Section section : report.sections()) {
            ObjectNode s = sections.addObject().put("heading", section.heading());
            ArrayNode blocks = s.putArray("blocks");
            for (Block block : section.blocks()) {
                blocks.add(block(block));
            }
        }
        return root;
    }

    private static ObjectNode block(Block block) {
        ObjectNode node = NODES.objectNode();
        if (block instanceof Paragraph p) {
            node.put("kind", "paragraph").put("text", p.text());
        } else if (block instanceof Note n) {
            node.put("kind", "note").put("text", n.text());
        } else if (block instanceof BarChart chart) {
            node.put("kind", "bar-chart").put("title", chart.title()).put("description", chart.description());
            data(node.putArray("bars"), chart.bars());
        } else if (block instanceof Funnel funnel) {
            node.put("kind", "funnel").put("title", funnel.title()).put("description", funnel.description());
            data(node.putArray("stages"), funnel.stages());
        } else if (block instanceof StackedBarChart chart) {
            node.put("kind", "stacked-bar-chart").put("title", chart.title()).put("description", chart.description());
            ArrayNode series = node.putArray("series");
            chart.series().forEach(series::add);
            ArrayNode bars = node.putArray("bars");
            for (StackedBarChart.Bar bar : chart.bars()) {
                ObjectNode b = bars.addObject().put("label", bar.label());
                ArrayNode parts = b.putArray("parts");
                bar.parts().forEach(c -> parts.add(value(NODES.objectNode(), c)));
            }
        } else if (block instanceof Table table) {
            node.put("kind", "table").put("caption", table.caption());
            ArrayNode header = node.putArray("header");
            table.header().forEach(header::add);
            ArrayNode rows = node.putArray("rows");
            for (List<String> row : table.rows()) {
                ArrayNode r = rows.addArray();
                row.forEach(r::add);
            }
        }
        return node;
    }

    private static void data(ArrayNode out, List<Datum> data) {
        for (Datum d : data) {
            out.add(value(NODES.objectNode().put("label", d.label()), d.value()));
        }
    }

    private static ObjectNode value(ObjectNode node, Cell cell) {
        if (cell instanceof Cell.Shown s) {
            node.put("count", s.count());
        } else {
            node.put("hidden", true);
        }
        return node;
    }
}
