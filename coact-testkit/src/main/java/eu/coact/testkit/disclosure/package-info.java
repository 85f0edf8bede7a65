/**
 * Test support for disclosure control: jqwik arbitraries of tables, hierarchies and
 * configurations ({@link eu.coact.testkit.disclosure.DisclosureArbitraries}), whole audit cases,
 * and the Adult census sample with its hierarchies ({@link eu.coact.testkit.disclosure.AdultSample}),
 * for auditors' own property tests next to {@code eu.coact.anonymise.audit.ReleaseAudit}.
 */
package eu.coact.testkit.disclosure;
