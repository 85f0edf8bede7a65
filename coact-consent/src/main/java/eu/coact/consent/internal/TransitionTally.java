package eu.coact.consent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many transitions of each kind happened when, kept compactly (a time and a kind per
 * transition) so that an auditor's report can cut it at any instant. No pseudonyms are kept.
 */
public final class TransitionTally {

    /** The kinds, in the order their index is stored. */
    public static final List<String> KINDS = List.of(
            "first-contact",
            "document-shown",
            "consent-given",
            "consent-declined",
            "purpose-changed",
            "contact-paused",
            "contact-resumed",
            "consent-withdrawn",
            "data-erased");

    private long[] seconds = new long[1024];
    private byte[] kinds = new byte[1024];
    private int size;

    /** The journal event types of the kinds, in the same order. */
    private static final List<String> TYPES =
            KINDS.stream().map(kind -> LedgerCodec.PREFIX + kind).toList();

    /** Counts one transition; times arrive in non-decreasing order. */
    public void count(String kind, Instant at) {
        add(KINDS.indexOf(kind), kind, at);
    }

    /** Counts one transition given by its journal event type (replay has the type, not the kind). */
    public void countType(String type, Instant at) {
        add(TYPES.indexOf(type), type, at);
    }

    private void add(int index, String name, Instant at) {
        if (index < 0) {
            throw new IllegalArgumentException("unknown transition kind " + name);
        }
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        seconds[size] = at.getEpochSecond();
        kinds[size] = (byte) index;
        size++;
    }

    /** Per UTC day, per kind, the transitions that happened at or before {@code until}. */
    public SortedMap<LocalDate, Map<String, Long>> byDay(Instant until) {
        long limit = until.getEpochSecond();
        SortedMap<LocalDate, long[]> counts = new TreeMap<>();
        for (int i = 0; i < size && seconds[i] <= limit; i++) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(seconds[i]), ZoneOffset.UTC);
            counts.computeIfAbsent(day, d -> new long[KINDS.size()])[kinds[i]]++;
        }
        SortedMap<LocalDate, Map<String, Long>> out = new TreeMap<>();
        counts.forEach((day, perKind) -> {
            Map<String, Long> named = new TreeMap<>();
            for (int k = 0; k < perKind.length; k++) {
                if (perKind[k] > 0) {
                    named.put(KINDS.get(k), perKind[k]);
                }
            }
            out.put(day, Map.copyOf(named));
        });
        return out;
    }
}
