package eu.coact.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name each action has in files, in the order they are documented: the one place the action
 * vocabulary is written.
 */
final class ActionNames {

    private static final Map<Class<? extends Action>, String> BY_TYPE = inOrder(List.of(
            Map.entry(Action.RecordConsent.class, "record-consent"),
            Map.entry(Action.SetProfileField.class, "set-profile-field"),
            Map.entry(Action.ChangeFrequency.class, "change-frequency"),
            Map.entry(Action.SetTimeZone.class, "set-time-zone"),
            Map.entry(Action.SetLanguage.class, "set-language"),
            Map.entry(Action.SetTimeOfDay.class, "set-time-of-day"),
            Map.entry(Action.Pause.class, "pause"),
            Map.entry(Action.Resume.class, "resume"),
            Map.entry(Action.Withdraw.class, "withdraw"),
            Map.entry(Action.NextBlockAtOnce.class, "next-block-at-once")));

    /** Every name, in documented order. */
    static final List<String> IN_ORDER = List.copyOf(BY_TYPE.values());

    private ActionNames() {}

    /** The name of an action. */
    static String of(Action action) {
        return BY_TYPE.get(action.getClass());
    }

    private static Map<Class<? extends Action>, String> inOrder(
            List<Map.Entry<Class<? extends Action>, String>> entries) {
        Map<Class<? extends Action>, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
