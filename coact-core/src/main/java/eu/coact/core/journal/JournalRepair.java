package eu.coact.core.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link FileJournal#repair} cut from a damaged journal, and where it kept the bytes.
 *
 * @param segment the segment file's name
 * @param offset  the byte offset where the cut started
 * @param bytes   how many bytes were cut
 * @param entries about how many entries those bytes held (records that seemed to start there,
 *                or more if a signed checkpoint vouched for more)
 * @param keptAt  the private file holding exactly the cut bytes
 */
public record JournalRepair(String segment, long offset, long bytes, long entries, Path keptAt) {

    /** Checks that nothing is missing. */
    public JournalRepair {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(keptAt, "keptAt");
    }
}
