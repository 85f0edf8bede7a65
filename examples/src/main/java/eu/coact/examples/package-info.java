/** The runnable demo study of the CoAct SDK and its command-line launcher. */
package eu.coact.examples;
