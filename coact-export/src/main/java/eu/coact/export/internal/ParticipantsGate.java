package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.QuasiIdentifierTable;
import eu.coact.anonymise.disclosure.Release;
import eu.coact.anonymise.disclosure.RiskProfile;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.anonymise.disclosure.Transformation;
import eu.coact.core.Pseudonym;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.export.DisclosureAction;
import eu.coact.export.ReleaseConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure gate on the person-level view: one row per consenting participant holding
 * everything the release will publish about them that someone could know — the published profile
 * attributes and the derived columns (such as the pattern of answer times) that other files
 * carry. The view must meet the configured privacy models, as recorded or after the optimal
 * full-domain generalisation, depending on the configuration; otherwise nothing is released.
 * Every file is then written from the released view.
 */
final class ParticipantsGate {

    /** What the gate lets through. */
    record Passed(
            List<Pseudonym> participants,
            List<List<String>> rows,
            Map<String, Integer> levels,
            Map<String, List<String>> categories,
            RiskProfile risk,
            int suppressed) {}

    private static final Location WHERE = Location.of("participants");

    private ParticipantsGate() {}

    /**
     * Applies the gate.
     *
     * @param config       the release configuration
     * @param derived      quasi-identifying columns derived from other files, with their hierarchies;
     *                     they follow the configured quasi-identifiers in the rows
     * @param participants the consenting participants, in release order
     * @param rows         their values, one list per participant in {@link #columns} order
     * @param missing      per quasi-identifier, the codes that mean "not answered" or "rather not answer"
     * @return the released participants with their published values, or why not
     */
    static Validated<Passed> apply(
            ReleaseConfig config,
            Map<String, Hierarchy> derived,
            List<Pseudonym> participants,
            List<List<String>> rows,
            Map<String, List<String>> missing) {
        if (participants.isEmpty()) {
            return Validated.invalid(Problems.of(eu.coact.core.problem.Problem.error(
                    "no-participants",
                    "no participant has granted the publication purpose at the release time; there is nothing to release",
                    WHERE)));
        }
        Problems.Builder problems = Problems.builder();
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        Map<String, Hierarchy> quasi = new LinkedHashMap<>(config.quasiIdentifiers());
        quasi.putAll(derived);
        quasi.forEach((attribute, hierarchy) -> {
            Hierarchy h = hierarchy;
            for (String code : missing.getOrDefault(attribute, List.of())) {
                if (!h.contains(code)) {
                    try {
                        h = h.withMissing(code);
                    } catch (IllegalArgumentException e) {
                        problems.error(
                                "hierarchy-conflict",
                                "the hierarchy of '" + attribute + "' cannot keep the " + "missing code '" + code
                                        + "' apart: " + e.getMessage(),
                                WHERE.withPath("/" + attribute));
                    }
                }
            }
            hierarchies.put(attribute, h);
            builder.quasiIdentifying(attribute, h);
        });
        config.sensitive().forEach(builder::sensitive);
        config.models().forEach(builder::model);
        builder.suppressionLimit(config.suppressionLimit());
        if (problems.hasErrors()) {
            return Validated.invalid(problems.build());
        }
        Table table = Table.of(columns(config, derived), rows);
        Validated<Anonymisation> prepared = Anonymisation.prepare(table, builder.build());
        if (!(prepared instanceof Validated.Valid<Anonymisation> valid)) {
            return Validated.invalid(prepared.problems());
        }
        Anonymisation anonymisation = valid.value();
        List<Integer> asRecorded = Collections.nCopies(quasi.size(), 0);
        Transformation chosen;
        if (config.onViolation() == DisclosureAction.REFUSE) {
            Transformation recorded = anonymisation.evaluate(asRecorded);
            if (!recorded.satisfiesModels() || recorded.suppressedRecords() > 0) {
                return Validated.invalid(Problems.of(eu.coact.core.problem.Problem.error(
                        "privacy-model-violated",
                        "as recorded, the participants' attributes " + quasi.keySet()
                                + " break the privacy model " + describe(config.models()) + ": "
                                + recorded.suppressedRecords() + " of " + participants.size()
                                + " participants are in groups that fail it. Nothing was written. Set "
                                + "disclosure/when-violated to 'generalise', coarsen the hierarchies, or publish fewer "
                                + "attributes.",
                        WHERE)));
            }
            chosen = recorded;
        } else {
            var found = anonymisation.search().optimum();
            if (found.isEmpty()) {
                return Validated.invalid(Problems.of(eu.coact.core.problem.Problem.error(
                        "privacy-model-unreachable",
                        "no generalisation of " + quasi.keySet() + " within their hierarchies meets "
                                + describe(config.models()) + " with at most " + anonymisation.maxSuppressedRecords()
                                + " of " + participants.size() + " participants left out. Nothing was written.",
                        WHERE)));
            }
            chosen = found.get();
        }
        Release release = anonymisation.release(chosen);
        List<Pseudonym> kept = new ArrayList<>(release.sourceRows().size());
        List<List<String>> published = new ArrayList<>(release.sourceRows().size());
        for (int r = 0; r < release.sourceRows().size(); r++) {
            kept.add(participants.get(release.sourceRows().get(r)));
            published.add(release.table().row(r));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        Map<String, List<String>> categories = new LinkedHashMap<>();
        hierarchies.forEach((attribute, h) -> {
            int level = chosen.level(attribute);
            levels.put(attribute, level);
            categories.put(attribute, h.labels(level));
        });
        RiskProfile risk = QuasiIdentifierTable.of(release.table(), List.copyOf(quasi.keySet()))
                .risk();
        return Validated.valid(
                new Passed(kept, published, levels, categories, risk, participants.size() - kept.size()));
    }

    /** The columns of the view: the configured quasi-identifiers, the derived ones, the sensitive attributes. */
    static List<String> columns(ReleaseConfig config, Map<String, Hierarchy> derived) {
        List<String> columns = new ArrayList<>(config.quasiIdentifiers().keySet());
        columns.addAll(derived.keySet());
        columns.addAll(config.sensitive());
        return List.copyOf(columns);
    }

    static String describe(List<PrivacyModel> models) {
        List<String> out = new ArrayList<>();
        for (PrivacyModel m : models) {
            if (m instanceof PrivacyModel.KAnonymity k) {
                out.add("k-anonymity (k = " + k.k() + ")");
            } else if (m instanceof PrivacyModel.DistinctLDiversity l) {
                out.add("distinct l-diversity of " + l.attribute() + " (l = " + l.l() + ")");
            } else if (m instanceof PrivacyModel.EntropyLDiversity l) {
                out.add("entropy l-diversity of " + l.attribute() + " (l = " + l.l() + ")");
            } else if (m instanceof PrivacyModel.TCloseness t) {
                out.add("t-closeness of " + t.attribute() + " (t = " + t.t() + ")");
            }
        }
        return String.join(", ", out);
    }
}
