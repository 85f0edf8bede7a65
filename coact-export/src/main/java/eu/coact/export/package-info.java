/**
 * Open-data release of a study: a Frictionless Data Package with its codebook, built only from
 * consenting participants and only when it passes disclosure control. The root package holds
 * what every part of a release shares: its licence and the atomic writing of a release
 * directory.
 */
package eu.coact.export;
