package eu.coact.core.read;

import java.util.Objects;

/**
 * Bounds on what a document may make the reader do, so that a hostile or broken file yields a
 * problem report instead of exhausting memory, the stack or the processor. JSON and YAML are held
 * to the same bounds.
 *
 * <p>Immutable and thread-safe; start from {@link #DEFAULT} and change one bound at a time with the
 * {@code with…} methods, each of which refuses a bound that is not positive.
 */
public final class ReadLimits {

    /**
     * Generous for any content file a person writes; far below what could hurt the process: 8 MiB,
     * 64 levels, texts of 262,144 characters, names of 1,000, numbers of 100 digits, 500,000 values.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(8 * 1024 * 1024, 64, 256 * 1024, 1000, 100, 500_000);

    private final int maxBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxNumberLength;
    private final int maxNodes;

    private ReadLimits(
            int maxBytes, int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength, int maxNodes) {
        this.maxBytes = positive(maxBytes, "maxBytes");
        this.maxDepth = positive(maxDepth, "maxDepth");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNameLength = positive(maxNameLength, "maxNameLength");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        this.maxNodes = positive(maxNodes, "maxNodes");
    }

    private static int positive(int bound, String name) {
        if (bound <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + name + " = " + bound);
        }
        return bound;
    }

    /** Largest document accepted, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Deepest nesting of mappings and lists. */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Longest single text value, in characters; in YAML also the longest line, since the YAML
     * scanner's work on one line grows with the square of its length.
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** Longest key (field name), in characters. */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** Longest number literal, in characters. */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** Most values (mappings, lists and scalars together) in one document. */
    public int maxNodes() {
        return maxNodes;
    }

    /** These limits with a different maximum size in bytes. */
    public ReadLimits withMaxBytes(int bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxNodes);
    }

    /** These limits with a different maximum depth. */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth, maxStringLength, maxNameLength, maxNumberLength, maxNodes);
    }

    /** These limits with a different longest text (and, in YAML, longest line). */
    public ReadLimits withMaxStringLength(int characters) {
        return new ReadLimits(maxBytes, maxDepth, characters, maxNameLength, maxNumberLength, maxNodes);
    }

    /** These limits with a different longest key. */
    public ReadLimits withMaxNameLength(int characters) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, characters, maxNumberLength, maxNodes);
    }

    /** These limits with a different longest number literal. */
    public ReadLimits withMaxNumberLength(int characters) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxNameLength, characters, maxNodes);
    }

    /** These limits with a different largest number of values. */
    public ReadLimits withMaxNodes(int nodes) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, nodes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadLimits other
                && maxBytes == other.maxBytes
                && maxDepth == other.maxDepth
                && maxStringLength == other.maxStringLength
                && maxNameLength == other.maxNameLength
                && maxNumberLength == other.maxNumberLength
                && maxNodes == other.maxNodes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxNodes);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength
                + ", maxNameLength=" + maxNameLength + ", maxNumberLength=" + maxNumberLength + ", maxNodes="
                + maxNodes + "]";
    }
}
