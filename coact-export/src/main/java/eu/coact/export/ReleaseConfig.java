package eu.coact.export;

import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.core.PurposeId;
import eu.coact.export.datapackage.Source;
import eu.coact.export.deposit.ReleaseMetadata;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a study decides about an open-data release, as written in {@code release.yaml}
 * and read with {@link ReleaseConfigReader}: how it is described and cited, which consent
 * purposes allow publication and quoting, which participant attributes are published and how
 * they are protected, how finely times are given, and which indicators are reported.
 *
 * @param name                the package name, lower case, e.g. {@code coact-mental-health}
 * @param metadata            title, version, licence, creators and contributors with roles
 * @param sources             where the data comes from
 * @param publicationPurpose  the consent purpose that allows a participant's data in the release
 * @param quotingPurpose      the consent purpose that allows a participant's free text in the release
 * @param quasiIdentifiers    the published participant attributes that could identify someone,
 *                            each with its generalisation hierarchy, in order
 * @param sensitive           further published participant attributes protected by l-diversity or t-closeness
 * @param withheld            profile questions whose answers are never published (for quasi-identifiers and
 *                            sensitive questions the release leaves out of its privacy models)
 * @param quotes              the gazetteer that scrubs quotes and the quotes approved for publication
 * @param models              the privacy models the participants table must meet
 * @param suppressionLimit    the largest share of participants the disclosure gate may leave out
 * @param onViolation         generalise optimally, or refuse, when the attributes break a model as recorded
 * @param smallCellThreshold  the smallest count any aggregate shows (default 10)
 * @param answeredAt          how finely answer times are published
 * @param indicators          the indicators reported
 */
public record ReleaseConfig(
        String name,
        ReleaseMetadata metadata,
        List<Source> sources,
        PurposeId publicationPurpose,
        PurposeId quotingPurpose,
        Map<String, Hierarchy> quasiIdentifiers,
        List<String> sensitive,
        List<String> withheld,
        QuoteRules quotes,
        List<PrivacyModel> models,
        double suppressionLimit,
        DisclosureAction onViolation,
        int smallCellThreshold,
        TimeGrain answeredAt,
        List<Indicator> indicators) {

    /** The default small-cell threshold. */
    public static final int DEFAULT_THRESHOLD = SmallCellSuppression.DEFAULT_THRESHOLD;

    /** Checks presence, copies collections and checks the numbers. */
    public ReleaseConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metadata, "metadata");
        sources = List.copyOf(sources);
        Objects.requireNonNull(publicationPurpose, "publicationPurpose");
        Objects.requireNonNull(quotingPurpose, "quotingPurpose");
        quasiIdentifiers = Collections.unmodifiableMap(new LinkedHashMap<>(quasiIdentifiers));
        sensitive = List.copyOf(sensitive);
        withheld = List.copyOf(withheld);
        Objects.requireNonNull(quotes, "quotes");
        models = List.copyOf(models);
        Objects.requireNonNull(onViolation, "onViolation");
        Objects.requireNonNull(answeredAt, "answeredAt");
        indicators = List.copyOf(indicators);
        if (!(suppressionLimit >= 0 && suppressionLimit < 1)) {
            throw new IllegalArgumentException("the suppression limit is a share from 0 to below 1");
        }
        if (smallCellThreshold < 1) {
            throw new IllegalArgumentException("the small-cell threshold is at least 1");
        }
    }

    /** The published participant attributes: quasi-identifiers first, then sensitive ones. */
    public List<String> attributes() {
        List<String> all = new java.util.ArrayList<>(quasiIdentifiers.keySet());
        all.addAll(sensitive);
        return List.copyOf(all);
    }
}
