package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.export.ReleaseConfig;
import java.util.Locale;
import java.util.Map;

/**
 * The disclosure settings a release was made under, published in the package as
 * {@code release.yaml} so that an auditor can check the package against them without the
 * study: the quasi-identifying and sensitive attributes, the withheld questions, the privacy
 * models, the generalisation levels chosen, the small-cell threshold and the time grain. It
 * names no file of the study (hierarchies, gazetteer, approved quotes stay with the team).
 */
final class ReleaseSettings {

    static final String FILE_NAME = "release.yaml";

    private ReleaseSettings() {}

    static String render(ReleaseConfig config, Map<String, Integer> levels) {
        StringBuilder y = new StringBuilder();
        y.append(
                "# The disclosure settings this release was made under; coact audit checks the package against them.\n");
        y.append("name: ").append(config.name()).append('\n');
        y.append("version: '").append(config.metadata().version()).append("'\n");
        y.append("participants:\n");
        y.append("  quasi-identifiers: ")
                .append(list(config.quasiIdentifiers().keySet()))
                .append('\n');
        y.append("  sensitive: ").append(list(config.sensitive())).append('\n');
        y.append("  withheld: ").append(list(config.withheld())).append('\n');
        y.append("disclosure:\n  models:\n");
        for (PrivacyModel model : config.models()) {
            y.append("    - ").append(model(model)).append('\n');
        }
        y.append("  suppression-limit: ").append(config.suppressionLimit()).append('\n');
        y.append("  levels:\n");
        levels.forEach((attribute, level) ->
                y.append("    ").append(attribute).append(": ").append(level).append('\n'));
        y.append("small-cell-threshold: ").append(config.smallCellThreshold()).append('\n');
        y.append("answered-at: ").append(config.answeredAt().code()).append('\n');
        return y.toString();
    }

    private static String list(java.util.Collection<String> names) {
        return "[" + String.join(", ", names) + "]";
    }

    private static String model(PrivacyModel model) {
        if (model instanceof PrivacyModel.KAnonymity k) {
            return "k-anonymity: " + k.k();
        } else if (model instanceof PrivacyModel.DistinctLDiversity l) {
            return "distinct-l-diversity: {attribute: " + l.attribute() + ", l: " + l.l() + "}";
        } else if (model instanceof PrivacyModel.EntropyLDiversity l) {
            return "entropy-l-diversity: {attribute: " + l.attribute() + ", l: " + number(l.l()) + "}";
        } else if (model instanceof PrivacyModel.TCloseness t) {
            return "t-closeness: {attribute: " + t.attribute() + ", t: " + number(t.t()) + "}";
        }
        throw new IllegalArgumentException("unknown model " + model);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
