package eu.coact.anonymise.internal;

import java.nio.ByteBuffer;

/**
 * A keyed tag of an identity, to find a participant in memory without keeping an unkeyed hash
 * of who they are; equality in constant time. The key exists only in memory.
 */
public final class LookupTag {

    private final byte[] bytes;

    /**
     * A tag.
     *
     * @param bytes the MAC, kept as is
     */
    public LookupTag(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LookupTag other && ConstantTime.equal(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        // The tag is already a keyed MAC: its first bytes are uniformly spread.
        return ByteBuffer.wrap(bytes).getInt();
    }

    /** Shows nothing of the tag. */
    @Override
    public String toString() {
        return "LookupTag";
    }
}
