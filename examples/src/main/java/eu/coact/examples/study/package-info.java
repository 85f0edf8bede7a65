/**
 * A study folder as the commands see it: reading and checking it as a whole ({@code StudyCheck}),
 * opening its consent ledger ({@code StudyConsent}), and how mistakes in a person's input are told.
 */
package eu.coact.examples.study;
