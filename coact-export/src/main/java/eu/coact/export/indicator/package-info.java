/**
 * Indicators as people read them: a count out of a total phrased the way the study reported
 * it ("1 out of 2 participants", "3 de cada 10"), in Catalan, Spanish, English and German,
 * never phrasing a count that disclosure control withheld.
 */
package eu.coact.export.indicator;
