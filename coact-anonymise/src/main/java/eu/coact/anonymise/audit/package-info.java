/**
 * The audit kit: jqwik arbitraries for tables, hierarchies and configurations, and ready checks
 * of a release ({@link eu.coact.anonymise.audit.ReleaseAudit}) for auditors' own property tests.
 * Needs jqwik on the test class path (it is an optional dependency of this module).
 */
package eu.coact.anonymise.audit;
