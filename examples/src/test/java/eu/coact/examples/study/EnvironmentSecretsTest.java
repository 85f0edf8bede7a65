package eu.coact.examples.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve} and {@code telegram} read their secrets from the environment by the same rule. */
class EnvironmentSecretsTest {

    @Test
    void aBlankVariableIsUnsetAndAValueIsStripped() {
        EnvironmentSecrets secrets = new EnvironmentSecrets(Map.of("A", "   ", "B", "  value\n"));

        assertThat(secrets.variable("A")).isEmpty();
        assertThat(secrets.variable("B")).contains("value");
        assertThat(secrets.variable("C")).isEmpty();
    }

    @Test
    void theVaultPasswordCountsFromTwelveCharacters() {
        String eleven = "abcdefghijk";

        assertThat(new EnvironmentSecrets(Map.of(EnvironmentSecrets.PASSWORD_VARIABLE, eleven)).vaultPassword())
                .isEmpty();
        assertThat(new EnvironmentSecrets(Map.of(EnvironmentSecrets.PASSWORD_VARIABLE, " " + eleven + "l "))
                        .vaultPassword())
                .contains(eleven + "l");
    }

    @Test
    void noValueIsEverShown() {
        String password = "a-secret-password-for-tests";
        EnvironmentSecrets secrets = new EnvironmentSecrets(Map.of(EnvironmentSecrets.PASSWORD_VARIABLE, password));

        assertThat(secrets.toString()).doesNotContain(password, EnvironmentSecrets.PASSWORD_VARIABLE);
    }
}
