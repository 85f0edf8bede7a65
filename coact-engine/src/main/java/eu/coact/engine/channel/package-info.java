/**
 * How the engine talks to participants: the channel SPI (text with simple formatting, buttons,
 * images with captions, documents; inbound button presses and typed text; delivery failures),
 * keyed pseudonyms made at the channel boundary, a console channel for trying content and a
 * simulated channel of scripted participants in virtual time.
 */
package eu.coact.engine.channel;
