package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How {@link JournalContract} checks that a change made behind a journal's back is found: ten
 * entries are appended and verified, the store's {@link Tamper} makes the change, and both
 * {@link Journal#verify()} and {@link Journal#readVerified} must name the first bad entry.
 */
final class TamperDetection {

    private TamperDetection() {}

    /** Asserts that {@code change}, made to a fresh journal of {@code contract}, is found at {@code firstBad}. */
    static void assertFound(JournalContract contract, Consumer<Tamper> change, long firstBad) {
        String name = contract.freshName();
        try {
            Journal journal = contract.open(name);
            for (int i = 1; i <= 10; i++) {
                journal.append(JournalContract.event(i % 4, i));
            }
            assertThat(journal.verify().isIntact()).isTrue();
            if (contract.durable()) {
                journal.close();
            }
            change.accept(contract.tamper(name));
            Journal reopened = contract.durable() ? contract.open(name) : journal;
            try {
                Verification result = reopened.verify();
                assertThat(result).isInstanceOf(Verification.Broken.class);
                assertThat(((Verification.Broken) result).firstBadSequence())
                        .as("first bad entry: %s", result)
                        .isEqualTo(firstBad);
                assertThat(((Verification.Broken) result).reason()).isNotBlank();
                // Reading while verifying finds the same, and hands over nothing from the bad entry on.
                List<JournalEntry> handed = new ArrayList<>();
                assertThat(reopened.readVerified(handed::add)).isEqualTo(result);
                assertThat(handed).allSatisfy(e -> assertThat(e.sequence()).isLessThan(firstBad));
            } finally {
                reopened.close();
            }
        } finally {
            contract.dispose(name);
        }
    }
}
