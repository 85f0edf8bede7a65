/**
 * Reading and writing content in YAML and JSON, the study folder layout, and validation that
 * reports every problem at once with file, block, message path, line and column.
 */
package eu.coact.content.authoring;
