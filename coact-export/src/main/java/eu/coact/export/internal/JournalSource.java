package eu.coact.export.internal;

import eu.coact.core.journal.Anchor;
import eu.coact.export.datapackage.Source;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The journal a release was made from, as a source in its {@code datapackage.json}: the
 * journal's anchor written out in full, so that anyone holding the journal later can check
 * that it is the one the release came from ({@code coact verify --anchor}).
 */
final class JournalSource {

    private JournalSource() {}

    static Source of(Anchor anchor) {
        HexFormat hex = HexFormat.of();
        return new Source(
                Anchor.FORMAT + " sequence=" + anchor.sequence() + " hash=" + hex.formatHex(anchor.hash())
                        + " redactedEntries=" + anchor.redactedEntries() + " redactionDigest="
                        + hex.formatHex(anchor.redactionDigest()) + " publicKey=" + hex.formatHex(anchor.publicKey())
                        + " signature=" + hex.formatHex(anchor.signature()),
                Optional.empty());
    }
}
