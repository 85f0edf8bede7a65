/** Import of dialogues written for the original CoActuem bot (its JSON format) into the content model. */
package eu.coact.content.legacy;
