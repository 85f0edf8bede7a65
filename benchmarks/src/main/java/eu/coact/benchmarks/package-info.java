/** JMH benchmarks for every performance target of the SDK; see docs/PERFORMANCE.md. */
package eu.coact.benchmarks;
