/**
 * Open-data release of a study: a Frictionless Data Package with its codebook, built only from
 * consenting participants and only when it passes disclosure control.
 */
package eu.coact.export;
