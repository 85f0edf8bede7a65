package eu.coact.export.internal;

import java.util.List;

/** What the gates let through, as every file is written from it. */
record Released(
        ParticipantsGate.Passed gate,
        List<List<String>> rows,
        int[] index,
        boolean[] quotable,
        List<String> pseudonyms,
        boolean timesShown,
        Participation participation) {}
