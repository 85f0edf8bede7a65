package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forget stopped after each of its steps, as a killed process would leave it (nothing after
 * the step is run, nothing in memory survives): the vault opens, has either forgotten the
 * participant or not, and everyone else is intact; opening again changes nothing more, and the
 * vault can forget afterwards.
 */
class IdentityVaultCrashTest {

    private static final char[] PASSWORD = "ledger quartz umbrella fjord".toCharArray();
    private static final ChannelIdentity ANNA = ChannelIdentity.of("telegram", "918273645");
    private static final ChannelIdentity BERT = ChannelIdentity.of("email", "bert.example@example.org");
    private static final ChannelIdentity CARLA = ChannelIdentity.of("phone", "+34 612 345 678");

    @TempDir
    Path dir;

    /** Stands for the process being killed: an Error, so no cleanup code of the vault runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("killed", null, false, false);
        }
    }

    @Test
    void aForgetKilledAfterAnyStepLeavesTheParticipantForgottenOrNotAndEveryoneElseIntact() throws Exception {
        PseudonymKey master = PseudonymKey.generate(KeyId.of("vault"));
        List<String> outcomes = runEveryCrashPoint(vaultDir -> IdentityVault.openWithKey(vaultDir, master));
        assertThat(outcomes).contains("kept", "forgotten");
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("completed");
        // began, two re-wraps, committed, two renames, key shredded, record shredded
        assertThat(outcomes).hasSize(9);
    }

    @Test
    void thePasswordKeystoreIsTheCommitPointToo() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int stopAt : new int[] {3, 4}) {
            outcomes.add(crashAt(
                    stopAt, dir.resolve("p" + stopAt), vaultDir -> IdentityVault.openWithPassword(vaultDir, PASSWORD)));
        }
        assertThat(outcomes).containsExactly("kept", "forgotten");
    }

    private List<String> runEveryCrashPoint(Function<Path, IdentityVault> opener) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int stopAt = 1; stopAt < 50; stopAt++) {
            String outcome = crashAt(stopAt, dir.resolve("k" + stopAt), opener);
            outcomes.add(outcome);
            if (outcome.equals("completed")) {
                return outcomes;
            }
        }
        throw new AssertionError("the forget never completed");
    }

    /** Admits three people, forgets Anna and stops after step {@code stopAt}; checks the reopened vault. */
    private String crashAt(int stopAt, Path vaultDir, Function<Path, IdentityVault> opener) throws Exception {
        Pseudonym anna;
        Pseudonym bert;
        Pseudonym carla;
        IdentityVault vault = opener.apply(vaultDir);
        anna = vault.admit(ANNA);
        bert = vault.admit(BERT);
        carla = vault.admit(CARLA);
        int[] steps = {0};
        vault.interruptWith(step -> {
            if (++steps[0] == stopAt) {
                throw new Killed();
            }
        });
        String outcome;
        try {
            vault.forget(anna);
            outcome = "completed";
            vault.close();
        } catch (Killed killed) {
            outcome = null;
        }
        try (IdentityVault reopened = opener.apply(vaultDir)) {
            assertThat(reopened.identityOf(bert)).as("step %d", stopAt).contains(BERT);
            assertThat(reopened.identityOf(carla)).as("step %d", stopAt).contains(CARLA);
            Optional<Pseudonym> found = reopened.find(ANNA);
            if (found.isPresent()) {
                assertThat(found).contains(anna);
                assertThat(reopened.identityOf(anna)).contains(ANNA);
                assertThat(reopened.size()).isEqualTo(3);
            } else {
                assertThat(reopened.identityOf(anna)).isEmpty();
                assertThat(reopened.size()).isEqualTo(2);
                assertThat(vaultDir.resolve("keys").resolve(anna.value() + ".key"))
                        .doesNotExist();
                assertThat(vaultDir.resolve("participants").resolve(anna.value() + ".id"))
                        .doesNotExist();
                assertThat(SearchBytes.findAll(vaultDir, SearchBytes.derivedWithoutKey("telegram", ANNA.reveal())))
                        .isEmpty();
            }
            if (outcome == null) {
                outcome = found.isPresent() ? "kept" : "forgotten";
            }
            assertThat(vaultDir.resolve("rotation.pending")).doesNotExist();
            try (var keys = Files.list(vaultDir.resolve("keys"))) {
                assertThat(keys.map(p -> p.getFileName().toString())
                                .filter(n -> !n.endsWith(".key"))
                                .toList())
                        .isEmpty();
            }
        }
        try (IdentityVault again = opener.apply(vaultDir)) {
            assertThat(again.identityOf(bert)).contains(BERT);
            assertThat(again.forget(bert)).isTrue();
            assertThat(again.identityOf(carla)).contains(CARLA);
        }
        return outcome;
    }
}
