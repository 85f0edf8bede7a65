package eu.coact.core.journal.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads records in storage order from a block of a segment held in memory, refilled with one
 * large read when the next record lies outside it, instead of one read and one new array per
 * record as {@link SegmentStore#read} does. Each record is checked (length and checksum) and
 * decoded exactly as there. The caller keeps overwrites (redactions) out while it reads, so the
 * bytes held never go stale; entries appended meanwhile lie after the ones it is asked for.
 * Not thread-safe: one pass, one thread.
 */
public final class SegmentReader {

    private static final int BLOCK_BYTES = 1 << 20;

    private final SegmentStore store;
    private final byte[] block = new byte[BLOCK_BYTES];
    private int segment = -1;
    private long start;
    private int filled;

    SegmentReader(SegmentStore store) {
        this.store = store;
    }

    /**
     * The record in a slot.
     *
     * @throws IOException if the segment cannot be read
     * @throws eu.coact.core.journal.JournalException if the record is damaged
     * @throws IllegalArgumentException if the record is malformed
     */
    public StoredRecord record(RecordIndex.Slot slot) throws IOException {
        int length = slot.length();
        if (length > BLOCK_BYTES) {
            return RecordFrame.decode(store.read(slot), 0);
        }
        if (slot.segment() != segment || slot.offset() < start || slot.offset() + length > start + filled) {
            fill(slot);
        }
        int at = (int) (slot.offset() - start);
        if (RecordFrame.bodyLength(ByteBuffer.wrap(block, at, RecordFrame.HEADER_BYTES)
                                .slice())
                        != length - RecordFrame.HEADER_BYTES
                || !RecordFrame.checksumMatches(block, at, length - RecordFrame.HEADER_BYTES)) {
            throw store.damaged(slot, "the record no longer matches its checksum");
        }
        return RecordFrame.decode(block, at);
    }

    /** Reads from the slot's start as much as the block holds, at least the whole record. */
    private void fill(RecordIndex.Slot slot) throws IOException {
        segment = -1;
        FileChannel channel = store.channel(slot.segment());
        ByteBuffer buffer = ByteBuffer.wrap(block);
        long from = slot.offset();
        while (buffer.position() < slot.length()) {
            int n = channel.read(buffer, from + buffer.position());
            if (n < 0) {
                throw store.damaged(slot, "the segment ends early");
            }
        }
        segment = slot.segment();
        start = from;
        filled = buffer.position();
    }
}
