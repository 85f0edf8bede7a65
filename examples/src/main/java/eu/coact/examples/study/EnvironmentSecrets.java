package eu.coact.examples.study;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets a long-running command takes from the environment and never from its command line,
 * where they would end up in the shell's history and the process list. A variable counts when it
 * holds more than blanks; its value is used stripped.
 */
public final class EnvironmentSecrets {

    /** The environment variable holding the identity vault's password. */
    public static final String PASSWORD_VARIABLE = "COACT_VAULT_PASSWORD";
    /** The shortest identity vault password accepted. */
    public static final int MINIMUM_PASSWORD = 12;

    private final Map<String, String> environment;

    /**
     * Secrets read from the given environment.
     *
     * @param environment variable names and values, such as {@link System#getenv()}
     */
    public EnvironmentSecrets(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** Secrets read from this process's environment. */
    public static EnvironmentSecrets ofProcess() {
        return new EnvironmentSecrets(System.getenv());
    }

    /**
     * A variable's value.
     *
     * @param name the variable
     * @return its stripped value, empty when it is unset or blank
     */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The identity vault's password, when it is set and at least {@value #MINIMUM_PASSWORD} characters long. */
    public Optional<String> vaultPassword() {
        return variable(PASSWORD_VARIABLE).filter(p -> p.length() >= MINIMUM_PASSWORD);
    }

    /** Names no variable's value. */
    @Override
    public String toString() {
        return "EnvironmentSecrets[" + environment.size() + " variables]";
    }
}
