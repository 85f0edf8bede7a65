package eu.coact.core.read;

/**
 * Bounds on what a document may make the reader do, so that a hostile or broken file yields a
 * problem report instead of exhausting memory or the stack.
 *
 * @param maxBytes        largest document accepted, in bytes
 * @param maxDepth        deepest nesting of objects and lists
 * @param maxStringLength longest single text value, in characters
 * @param maxNameLength   longest field name, in characters
 * @param maxNumberLength longest number literal, in characters
 */
public record ReadLimits(int maxBytes, int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {

    /** Generous for any content file a person writes; far below what could hurt the process. */
    public static final ReadLimits DEFAULT = new ReadLimits(8 * 1024 * 1024, 64, 1024 * 1024, 1000, 100);

    /** Checks every bound is positive. */
    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNameLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** The default limits with a different maximum size. */
    public ReadLimits withMaxBytes(int bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
    }

    /** The default limits with a different maximum depth. */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth, maxStringLength, maxNameLength, maxNumberLength);
    }
}
