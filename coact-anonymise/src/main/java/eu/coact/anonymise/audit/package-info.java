/**
 * The audit kit: ready checks of a release ({@link eu.coact.anonymise.audit.ReleaseAudit}) for
 * auditors' own tests; the jqwik arbitraries to drive them are in the {@code coact-testkit} module.
 */
package eu.coact.anonymise.audit;
