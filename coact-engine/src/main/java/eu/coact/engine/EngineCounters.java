package eu.coact.engine;

/**
 * What an engine did since it started.
 *
 * @param sent      messages delivered to the channel
 * @param answers   answers accepted
 * @param withheld  messages the consent gate refused (should stay zero)
 * @param failures  transient delivery failures
 */
public record EngineCounters(long sent, long answers, long withheld, long failures) {

    /** Engine steps: messages sent plus answers processed. */
    public long steps() {
        return sent + answers;
    }
}
