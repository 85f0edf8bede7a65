package eu.coact.export.disclosure;

/**
 * One entry of a published table: either a count that may be shown or a hidden one. A hidden
 * cell does not carry its count, so it cannot leak into a report by mistake.
 */
public sealed interface Cell permits Cell.Shown, Cell.Hidden {

    /**
     * A count that passed disclosure control.
     *
     * @param count the count
     */
    record Shown(long count) implements Cell {
        /** Counts are not negative. */
        public Shown {
            if (count < 0) {
                throw new IllegalArgumentException("a count is not negative");
            }
        }
    }

    /**
     * A count that is withheld.
     *
     * @param reason why: too small itself, or hidden to protect another cell
     */
    record Hidden(Suppression reason) implements Cell {
        /** Requires a reason. */
        public Hidden {
            java.util.Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a cell is hidden. */
    enum Suppression {
        /** The count is below the threshold (primary suppression). */
        SMALL_COUNT,
        /** The count is hidden so that a small count cannot be worked out from the totals (complementary suppression). */
        COMPLEMENTARY
    }

    /** A shown count. */
    static Cell shown(long count) {
        return new Shown(count);
    }

    /** True when the count may be published. */
    default boolean isShown() {
        return this instanceof Shown;
    }
}
