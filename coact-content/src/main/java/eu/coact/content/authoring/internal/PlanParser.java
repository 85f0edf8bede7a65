package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Frequency;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.StudyId;
import eu.coact.core.read.NodeReader;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code study.yaml}: the study id, languages, sequence, system blocks and frequencies. */
public final class PlanParser {

    private final NodeReader in;

    /** A parser reporting through {@code in}. */
    public PlanParser(NodeReader in) {
        this.in = in;
    }

    /** The plan, or empty when it has errors (all reported). */
    public Optional<StudyPlan> plan(JsonNode node) {
        int before = in.errors();
        if (!in.object(
                node,
                "",
                "the study file",
                Set.of("study", "languages", "sequence", "system", "frequency", "conversation"),
                Set.of("study", "languages", "sequence", "system"))) {
            return Optional.empty();
        }
        Optional<StudyId> id = in.parsed(node.get("study"), "/study", "study id", StudyId::of);
        Optional<List<Language>> languages =
                in.list(node.get("languages"), "/languages", "the languages", in::language);
        Optional<List<BlockId>> sequence = in.list(
                node.get("sequence"), "/sequence", "the sequence", (n, p) -> in.parsed(n, p, "block id", BlockId::of));
        Map<SystemRole, BlockId> system = new EnumMap<>(SystemRole.class);
        in.map(node.get("system"), "/system", "the system blocks (role to block id)", (n, p) -> {
            String role = p.substring(p.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            Optional<SystemRole> known = SystemRole.fromCode(role);
            if (known.isEmpty()) {
                in.error(
                        "unknown-value",
                        "'" + role + "' is not a system role; write one of: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(SystemRole.values())
                                                .map(SystemRole::code)
                                                .toList())
                                + ".",
                        p);
                return Optional.empty();
            }
            Optional<BlockId> block = in.parsed(n, p, "block id", BlockId::of);
            block.ifPresent(b -> system.put(known.get(), b));
            return block;
        });
        Frequency fallback = Frequency.daily();
        Frequency defaultFrequency = fallback;
        Set<Frequency> allowed = new LinkedHashSet<>(List.of(fallback));
        JsonNode frequency = node.get("frequency");
        if (frequency != null
                && !frequency.isNull()
                && in.object(
                        frequency, "/frequency", "the frequencies", Set.of("default", "allowed"), Set.of("default"))) {
            defaultFrequency =
                    frequency(frequency.get("default"), "/frequency/default").orElse(fallback);
            allowed = new LinkedHashSet<>(in.list(
                            frequency.get("allowed"),
                            "/frequency/allowed",
                            "the allowed frequencies",
                            (n, p) -> frequency(n, p))
                    .orElse(List.of(defaultFrequency)));
        }
        if (in.errors() > before || id.isEmpty() || languages.isEmpty() || sequence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StudyPlan(id.get(), languages.get(), sequence.get(), system, defaultFrequency, allowed));
    }

    private Optional<Frequency> frequency(JsonNode node, String pointer) {
        Optional<String> text = in.text(node, pointer, "a frequency such as 1/day or 2/week");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Frequency> parsed = Frequency.parse(text.get());
        if (parsed.isEmpty()) {
            in.error(
                    "invalid-value",
                    "'" + text.get() + "' is not a frequency; write it as 1/day, 2/day or 1/week "
                            + "(1 to 24 per day or week).",
                    pointer);
        }
        return parsed;
    }
}
