package eu.coact.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.problem.Location;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Where each node of a document starts, kept compactly: one {@code long} (line and column) per
 * node, held by its parent mapping or list in child order, keyed by the parent's identity. Paths
 * are never stored; a JSON Pointer is resolved only when a problem asks for its location, so the
 * memory taken is a fixed amount per node whatever the depth of the document or the length of its
 * keys. A field's position is that of its key, where an author looks for it.
 */
final class NodePositions {

    private final JsonNode root;
    private final long rootPosition;
    private final Map<JsonNode, long[]> children;

    NodePositions(JsonNode root, long rootPosition, Map<JsonNode, long[]> children) {
        this.root = root;
        this.rootPosition = rootPosition;
        this.children = children;
    }

    JsonNode root() {
        return root;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    /**
     * The location of the node at a JSON Pointer; when that node does not exist, the line and
     * column of the deepest existing node on its path.
     */
    Location locate(String source, String pointer) {
        long best = rootPosition;
        JsonNode node = root;
        int at = pointer.startsWith("/") ? 1 : pointer.length();
        while (at <= pointer.length() && pointer.length() > 0 && node != null) {
            int end = pointer.indexOf('/', at);
            if (end < 0) {
                end = pointer.length();
            }
            String segment = unescape(pointer.substring(at, end));
            int ordinal = ordinal(node, segment);
            long[] positions = children.get(node);
            if (ordinal < 0 || positions == null || ordinal >= positions.length) {
                break;
            }
            best = positions[ordinal];
            node = node.isObject() ? node.get(segment) : node.get(ordinal);
            at = end + 1;
        }
        return Location.of(source, pointer, (int) (best >>> 32), (int) best);
    }

    private static int ordinal(JsonNode node, String segment) {
        if (node.isArray()) {
            if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return -1;
            }
            int index = Integer.parseInt(segment);
            return index < node.size() ? index : -1;
        }
        if (node.isObject() && node.has(segment)) {
            int ordinal = 0;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ordinal++) {
                if (names.next().equals(segment)) {
                    return ordinal;
                }
            }
        }
        return -1;
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    /** A growable list of positions for the children of one container while it is read. */
    static final class Collector {
        private long[] positions = new long[4];
        private int size;

        void add(long position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long[] toArray() {
            return Arrays.copyOf(positions, size);
        }
    }
}
