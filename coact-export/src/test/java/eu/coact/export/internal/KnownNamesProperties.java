package eu.coact.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class KnownNamesProperties {

    /** A name is found, inside any surrounding bytes, exactly when the table holds it, and stands for its own value. */
    @Property(tries = 300)
    void aNameIsFoundExactlyWhenKnown(
            @ForAll @Size(max = 40) Set<@StringLength(max = 12) String> known,
            @ForAll @StringLength(max = 12) String asked,
            @ForAll @StringLength(max = 5) String before,
            @ForAll @StringLength(max = 5) String after) {
        Map<String, String> names = new HashMap<>();
        known.forEach(n -> names.put(n, "value of " + n));
        KnownNames<String> table = KnownNames.of(names);
        byte[] prefix = before.getBytes(StandardCharsets.UTF_8);
        byte[] name = asked.getBytes(StandardCharsets.UTF_8);
        byte[] payload = (before + asked + after).getBytes(StandardCharsets.UTF_8);

        String found = table.lookup(payload, prefix.length, prefix.length + name.length);

        assertThat(found).isEqualTo(known.contains(asked) ? "value of " + asked : null);
        for (String n : known) {
            byte[] bytes = n.getBytes(StandardCharsets.UTF_8);
            assertThat(table.lookup(bytes, 0, bytes.length)).isEqualTo("value of " + n);
        }
    }
}
