package eu.coact.anonymise.internal;

/**
 * Called between the steps of a multi-file change, so that tests can stop the change at each
 * point as a crash would. Production code installs a hook that does nothing.
 */
@FunctionalInterface
public interface StepHook {

    /**
     * The change has just finished a step.
     *
     * @param step a short name of the step
     */
    void at(String step);
}
