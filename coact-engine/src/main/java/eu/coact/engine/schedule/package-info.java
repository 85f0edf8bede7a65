/**
 * When content is delivered: participants' frequency, time window and time zone, the study's
 * quiet hours, and the pure function that computes the next delivery from them.
 */
package eu.coact.engine.schedule;
