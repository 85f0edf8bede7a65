package eu.coact.anonymise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Release;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.anonymise.disclosure.Transformation;
import eu.coact.testkit.disclosure.AuditCase;
import eu.coact.testkit.disclosure.DisclosureArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The person-level check agrees with the search: whatever the table and configuration, the
 * optimal release passes it, and the same release with one row's quasi-identifiers made unique
 * fails it when k is above 1.
 */
class PersonLevelAuditProperties {

    @Provide
    Arbitrary<AuditCase> cases() {
        return DisclosureArbitraries.cases();
    }

    @Property(tries = 150)
    void everyOptimalReleasePassesThePersonLevelCheck(@ForAll @From("cases") AuditCase audit) {
        Anonymisation anonymisation =
                Anonymisation.prepare(audit.table(), audit.configuration()).orElseThrow();
        Optional<Transformation> optimum = anonymisation.search().optimum();
        if (optimum.isEmpty()) {
            return;
        }
        Release release = anonymisation.release(optimum.get());
        List<PrivacyModel> checked = audit.configuration().models().stream()
                .filter(m -> !(m instanceof PrivacyModel.TCloseness))
                .toList();

        assertThat(PersonLevelAudit.findings(
                        release.table(), audit.configuration().quasiIdentifiers(), checked))
                .isEmpty();
    }

    @Property(tries = 150)
    void aRowMadeUniqueIsFoundWhenKIsAboveOne(@ForAll @From("cases") AuditCase audit) {
        Anonymisation anonymisation =
                Anonymisation.prepare(audit.table(), audit.configuration()).orElseThrow();
        Optional<Transformation> optimum = anonymisation.search().optimum();
        int k = audit.configuration().models().stream()
                .filter(m -> m instanceof PrivacyModel.KAnonymity)
                .mapToInt(m -> ((PrivacyModel.KAnonymity) m).k())
                .max()
                .orElse(1);
        if (optimum.isEmpty() || k < 2) {
            return;
        }
        Table released = anonymisation.release(optimum.get()).table();
        if (released.rowCount() == 0) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < released.rowCount(); r++) {
            rows.add(new ArrayList<>(released.row(r)));
        }
        int q = released.column(audit.configuration().quasiIdentifiers().get(0)).orElseThrow();
        rows.get(0).set(q, "a value no one else has");
        Table attacked = Table.of(released.columns(), rows);

        assertThat(PersonLevelAudit.findings(
                        attacked, audit.configuration().quasiIdentifiers(), List.of(PrivacyModel.kAnonymity(k))))
                .singleElement()
                .asString()
                .contains("smaller than k = " + k);
    }
}
