/** Implementation of disclosure control: integer encoding, class tables, lattice search. Not exported. */
package eu.coact.anonymise.disclosure.internal;
