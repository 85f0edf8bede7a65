package eu.coact.anonymise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Release;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.testkit.disclosure.DisclosureArbitraries;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The worked example of the module README: an auditor points the kit at their own CSV and
 * configuration (here the Adult extract the test kit ships, read from its folder) and runs {@code mvn test}.
 */
class AuditorWorkedExampleTest {

    // An auditor's own files on disk; here the Adult sample the test kit ships.
    private static final Path DATA = Path.of("src/main/resources/eu/coact/testkit/disclosure/adult");

    private static Hierarchy hierarchy(String column) {
        return Hierarchy.readCsv(DATA.resolve("adult_hierarchy_" + column + ".csv"))
                .orElseThrow();
    }

    private static Table myTable() {
        return Table.readCsv(DATA.resolve("adult.csv"), ';').orElseThrow();
    }

    private static DisclosureConfiguration myConfiguration() {
        return DisclosureConfiguration.builder()
                .quasiIdentifying("sex", hierarchy("sex"))
                .quasiIdentifying("age", hierarchy("age"))
                .quasiIdentifying("race", hierarchy("race"))
                .quasiIdentifying("education", hierarchy("education"))
                .sensitive("salary-class")
                .insensitive("marital-status")
                .insensitive("native-country")
                .insensitive("workclass")
                .insensitive("occupation")
                .model(PrivacyModel.kAnonymity(5))
                .model(PrivacyModel.distinctLDiversity("salary-class", 2))
                .suppressionLimit(0.02)
                .metric(Metric.LOSS)
                .build();
    }

    @Example
    void theReleaseOfMyTablePassesEveryCheck() {
        Anonymisation anonymisation =
                Anonymisation.prepare(myTable(), myConfiguration()).orElseThrow();
        Release release = anonymisation.release(anonymisation.search().optimum().orElseThrow());
        ReleaseAudit audit = ReleaseAudit.of(anonymisation, release);
        assertThat(audit.findings()).isEmpty();
        assertThat(release.table().rowCount()).isGreaterThanOrEqualTo(30_162 - anonymisation.maxSuppressedRecords());
    }

    @Provide
    Arbitrary<Table> samplesOfMyTable() {
        return DisclosureArbitraries.samplesOf(myTable());
    }

    @Property(tries = 4)
    void everySampleOfMyTableIsReleasedSoundly(@ForAll("samplesOfMyTable") Table sample) {
        ReleaseAudit.assertPipelineSound(sample, myConfiguration());
    }
}
