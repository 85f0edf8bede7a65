/**
 * A Telegram channel for a study: messages, images, documents and inline buttons sent through a
 * maintained Bot API client, replies received by long polling, chat ids kept only in the identity
 * vault, and a {@code telegram} command that runs a study bot live.
 */
package eu.coact.examples.telegram;
