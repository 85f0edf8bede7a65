package eu.coact.core.problem;

/** How serious a {@link Problem} is: errors stop the input from being used, warnings do not. */
public enum Severity {
    /** The input cannot be used until this is fixed. */
    ERROR,
    /** The input can be used, but a person should look at this; strict mode treats it as an error. */
    WARNING,
    /** Worth knowing; never blocks anything. */
    INFO
}
