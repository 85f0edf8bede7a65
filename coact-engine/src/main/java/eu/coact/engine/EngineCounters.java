package eu.coact.engine;

/**
 * What an engine did since it started, for a team to watch: a snapshot, immutable.
 *
 * @param sent          messages delivered to the channel
 * @param answers       answers accepted
 * @param withheld      messages the consent gate refused (should stay zero: a refusal means the
 *                      engine asked to send something the consent record does not allow)
 * @param failures      transient delivery failures
 * @param stalePresses  button presses on a message whose question had passed (told so, not recorded)
 * @param stuck         participants taking part now (active, or leaving) whom nothing will move on:
 *                      no open question, no paced message or scheduled block ahead, no retry, and
 *                      blocks of the sequence still to come (should stay zero)
 */
public record EngineCounters(long sent, long answers, long withheld, long failures, long stalePresses, long stuck) {

    /** Engine steps: messages sent plus answers processed. */
    public long steps() {
        return sent + answers;
    }
}
