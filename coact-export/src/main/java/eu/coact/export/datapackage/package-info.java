/**
 * Frictionless Data Package v2: an immutable model of a package, its tabular resources and their
 * Table Schemas; a deterministic writer of {@code datapackage.json}; and a reader that loads a
 * package directory and checks every CSV file against its schema, reporting each problem with
 * file, line and field.
 */
package eu.coact.export.datapackage;
