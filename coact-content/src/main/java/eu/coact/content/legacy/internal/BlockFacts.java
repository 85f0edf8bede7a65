package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.read.NodeReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a legacy block's messages say about each other, read before the messages themselves:
 * which answer is saved under which profile field, which answers templates and branches read,
 * and which answer holds a frequency. The original program linked these by name at run time.
 */
final class BlockFacts {

    static final BlockFacts EMPTY = new BlockFacts(Map.of(), Map.of(), Set.of(), Optional.empty());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_-]{1,64})\\}");

    private final Map<String, String> variableBySave;
    private final Map<String, String> saveAt;
    private final Set<String> read;
    private final Optional<String> frequency;

    private BlockFacts(
            Map<String, String> variableBySave,
            Map<String, String> saveAt,
            Set<String> read,
            Optional<String> frequency) {
        this.variableBySave = Collections.unmodifiableMap(variableBySave);
        this.saveAt = Collections.unmodifiableMap(saveAt);
        this.read = Collections.unmodifiableSet(read);
        this.frequency = frequency;
    }

    /** The facts of a block's {@code messages} object. */
    static BlockFacts of(JsonNode messages) {
        Map<String, String> variableBySave = new LinkedHashMap<>();
        Map<String, String> saveAt = new LinkedHashMap<>();
        Set<String> read = new LinkedHashSet<>();
        boolean rhythm = false;
        Optional<String> rhythmVariable = Optional.empty();
        for (Map.Entry<String, JsonNode> field : messages.properties()) {
            JsonNode message = field.getValue();
            if (!message.isObject()) {
                continue;
            }
            Optional<String> variable = variable(message);
            String save = message.path("save").asText("");
            if (!save.isEmpty() && !save.equals("dontsave") && variable.isPresent()) {
                variableBySave.putIfAbsent(save, variable.get());
                saveAt.putIfAbsent(save, NodeReader.child("/messages", field.getKey()) + "/save");
            }
            if (message.path("action").asText("").equals("update_rhythm")) {
                rhythm = true;
                rhythmVariable = rhythmVariable.or(() -> variable);
            }
            message.path("display").forEach(template -> {
                Matcher m = PLACEHOLDER.matcher(template.asText(""));
                while (m.find()) {
                    read.add(m.group(1));
                }
            });
            JsonNode next = message.path("next");
            if (next.isObject()) {
                next.fieldNames()
                        .forEachRemaining(name -> read.add(
                                name.equals("replace_variable")
                                        ? next.path(name).asText("")
                                        : name));
            }
        }
        Optional<String> frequency =
                !rhythm ? Optional.empty() : rhythmVariable.or(() -> Optional.ofNullable(variableBySave.get("freq")));
        return new BlockFacts(variableBySave, saveAt, read, frequency);
    }

    private static Optional<String> variable(JsonNode message) {
        JsonNode first = message.path("vars").path(0);
        if (first.isTextual()) {
            return Optional.of(first.asText());
        }
        String name = first.path("name").asText("");
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The answer variable a template name means: a profile field saved in this block reads the
     * answer stored under it ({@code {time}} reads {@code t} when {@code t} is saved as {@code time}).
     */
    String variableOf(String name) {
        return variableBySave.getOrDefault(name, name);
    }

    /** Whether the answer stored as this profile field (or variable) is read by a template or branch. */
    boolean reads(String field) {
        return read.contains(field)
                || read.contains(variableBySave.getOrDefault(field, field))
                || frequency.filter(f -> f.equals(variableBySave.get(field))).isPresent();
    }

    /** The profile fields saved, each with where the {@code save} is written. */
    Map<String, String> saves() {
        return saveAt;
    }

    /** Whether the answer variable holds a frequency that {@code update_rhythm} applies. */
    boolean isFrequency(String variable) {
        return frequency.filter(variable::equals).isPresent();
    }

    /** The variable whose answer {@code update_rhythm} applies, if the block has the action. */
    Optional<String> frequencyVariable() {
        return frequency;
    }
}
