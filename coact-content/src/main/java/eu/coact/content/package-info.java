/**
 * Study content as data: content blocks, microstories, questionnaires, the study plan, their
 * authoring in YAML or JSON, validation, and import of the original bot's format.
 */
package eu.coact.content;
