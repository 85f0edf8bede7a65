package eu.coact.engine.internal;

/** The fields of an event payload, as names and values in turn; small, so looked up by scanning. */
final class Fields {

    static final Fields NONE = new Fields(new String[0]);

    private final String[] namesAndValues;

    Fields(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** The value of a field, or null when the payload has none. */
    String get(String name) {
        for (int i = 0; i < namesAndValues.length - 1; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        return null;
    }
}
