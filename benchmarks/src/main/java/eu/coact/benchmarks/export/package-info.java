/** Benchmarks of the open-data release: streaming CSV writing and package validation. */
package eu.coact.benchmarks.export;
