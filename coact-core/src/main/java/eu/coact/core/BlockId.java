package eu.coact.core;

import eu.coact.core.internal.IdRules;

/**
 * Names a content block (a dialogue sent as a unit), e.g. {@code Banc_del_parc}.
 *
 * @param value the id as written; not blank, at most 200 characters, Unicode NFC, no control
 *              characters or surrounding spaces
 */
public record BlockId(String value) implements Comparable<BlockId> {

    /** Validates the id; throws {@link IllegalArgumentException} with a readable reason. */
    public BlockId {
        IdRules.check("block id", value);
    }

    /** The block id written as {@code value}. */
    public static BlockId of(String value) {
        return new BlockId(value);
    }

    @Override
    public int compareTo(BlockId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
