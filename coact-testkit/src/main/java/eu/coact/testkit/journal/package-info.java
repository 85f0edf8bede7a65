/** Test support for journals: a forwarding journal to build failing or watched stores from real ones. */
package eu.coact.testkit.journal;
