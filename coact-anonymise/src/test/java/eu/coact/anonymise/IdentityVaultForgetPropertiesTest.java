package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Forget semantics against a model: after any sequence of admissions and forgets (with
 * reopenings in between), the vault knows exactly the participants admitted and not forgotten
 * since, a forgotten participant's old pseudonym maps to nothing, and no forgotten identity
 * can be found in the stored bytes.
 */
class IdentityVaultForgetPropertiesTest {

    private static final List<ChannelIdentity> PEOPLE = List.of(
            ChannelIdentity.of("telegram", "100200300"),
            ChannelIdentity.of("telegram", "555000111"),
            ChannelIdentity.of("email", "someone@example.org"),
            ChannelIdentity.of("phone", "+49 151 2345 6789"),
            ChannelIdentity.of("web", "session-7f3a9"));

    record Step(String action, int person) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.of("admit", "forget", "reopen")
                .flatMap(action ->
                        Arbitraries.integers().between(0, PEOPLE.size() - 1).map(p -> new Step(action, p)));
        return step.list().ofMaxSize(25);
    }

    @Property(tries = 25)
    void theVaultKnowsExactlyWhoWasAdmittedAndNotForgotten(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("vault-property");
        PseudonymKey master = PseudonymKey.generate(KeyId.of("master"));
        Map<Integer, Pseudonym> model = new HashMap<>();
        Map<Integer, Pseudonym> forgotten = new HashMap<>();
        IdentityVault vault = IdentityVault.openWithKey(dir, master);
        try {
            for (Step step : steps) {
                ChannelIdentity who = PEOPLE.get(step.person());
                switch (step.action()) {
                    case "admit" -> {
                        Pseudonym p = vault.admit(who);
                        if (model.containsKey(step.person())) {
                            assertThat(p).isEqualTo(model.get(step.person()));
                        }
                        assertThat(forgotten.values()).doesNotContain(p);
                        model.put(step.person(), p);
                    }
                    case "forget" -> {
                        Pseudonym p = model.remove(step.person());
                        boolean known = p != null;
                        assertThat(vault.forget(known ? p : Pseudonym.of("nobody-at-all-here")))
                                .isEqualTo(known);
                        if (known) {
                            forgotten.put(step.person(), p);
                        }
                    }
                    default -> {
                        vault.close();
                        vault = IdentityVault.openWithKey(dir, master);
                    }
                }
                assertThat(vault.size()).isEqualTo(model.size());
            }
            for (int person = 0; person < PEOPLE.size(); person++) {
                ChannelIdentity who = PEOPLE.get(person);
                assertThat(vault.find(who)).isEqualTo(java.util.Optional.ofNullable(model.get(person)));
                if (model.get(person) != null) {
                    assertThat(vault.identityOf(model.get(person))).contains(who);
                } else {
                    assertThat(SearchBytes.findAll(dir, SearchBytes.derivedWithoutKey(who.channel(), who.reveal())))
                            .isEmpty();
                }
            }
            for (Pseudonym old : forgotten.values()) {
                assertThat(vault.identityOf(old)).isEmpty();
                assertThat(SearchBytes.findAll(
                                dir,
                                Map.of("pseudonym", old.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
                        .isEmpty();
            }
        } finally {
            vault.close();
            FileTrees.delete(dir);
        }
    }
}
