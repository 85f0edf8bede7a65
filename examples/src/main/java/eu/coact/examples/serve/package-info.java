/**
 * {@code coact serve}: one long-running process hosting a study — the engine and scheduler on the
 * verified journal, a web chat for participants who join by invite, a team dashboard whose every
 * count passes the release's small-cell rule, a health endpoint and Prometheus metrics on a
 * loopback port.
 */
package eu.coact.examples.serve;
