package eu.coact.anonymise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Release;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.anonymise.disclosure.Transformation;
import eu.coact.testkit.disclosure.AuditCase;
import eu.coact.testkit.disclosure.DisclosureArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The audit kit passes every release the library makes, and catches releases that were tampered with. */
class ReleaseAuditTest {

    @Property(tries = 300)
    void everyReleaseOfTheLibraryPassesItsAudit(@ForAll("cases") AuditCase auditCase) {
        ReleaseAudit.assertPipelineSound(auditCase.table(), auditCase.configuration());
    }

    @Provide
    Arbitrary<AuditCase> cases() {
        return DisclosureArbitraries.cases();
    }

    private static final Hierarchy AGE = Hierarchy.intervals(20, 29, 5);

    private static Anonymisation small(int k) {
        List<List<String>> rows = new ArrayList<>();
        String[] ages = {"20", "21", "22", "25", "26", "27"};
        for (int i = 0; i < ages.length; i++) {
            rows.add(List.of("p" + i, ages[i], i % 2 == 0 ? "flu" : "cold"));
        }
        Table table = Table.of(List.of("name", "age", "illness"), rows);
        DisclosureConfiguration configuration = DisclosureConfiguration.builder()
                .identifying("name")
                .quasiIdentifying("age", AGE)
                .sensitive("illness")
                .model(PrivacyModel.kAnonymity(k))
                .build();
        return Anonymisation.prepare(table, configuration).orElseThrow();
    }

    @Example
    void aSoundReleaseHasNoFindings() {
        Anonymisation anonymisation = small(3);
        Release release = anonymisation.release(anonymisation.search().optimum().orElseThrow());
        assertThat(ReleaseAudit.of(anonymisation, release).findings()).isEmpty();
        assertThat(release.table().columns()).containsExactly("age", "illness");
        assertThat(release.table().columnValues(0)).containsOnly("20-24", "25-29");
    }

    @Example
    void anInventedValueIsFound() {
        Anonymisation anonymisation = small(3);
        Release release = anonymisation.release(anonymisation.search().optimum().orElseThrow());
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < release.table().rowCount(); r++) {
            rows.add(new ArrayList<>(release.table().row(r)));
        }
        rows.get(0).set(0, "*");
        Release tampered =
                new Release(Table.of(release.table().columns(), rows), release.sourceRows(), release.transformation());
        assertThat(ReleaseAudit.of(anonymisation, tampered).valuesAreAncestors())
                .hasSize(1);
    }

    @Example
    void aClassTooSmallAndALeakedIdentifierAreFound() {
        Anonymisation strict = small(3);
        Anonymisation lax = small(1);
        Transformation raw = lax.evaluate(List.of(0));
        Release leaky = lax.release(raw);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < leaky.table().rowCount(); r++) {
            List<String> row = new ArrayList<>(leaky.table().row(r));
            row.add(strict.table().value(leaky.sourceRows().get(r), 0));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(leaky.table().columns());
        columns.add("alias");
        Release bad = new Release(Table.of(columns, rows), leaky.sourceRows(), raw);
        ReleaseAudit audit = ReleaseAudit.of(strict, bad);
        assertThat(audit.modelsHold()).isNotEmpty();
        assertThat(audit.noIdentifyingAttribute()).singleElement().asString().contains("alias");
        assertThatThrownBy(audit::assertSound).isInstanceOf(AssertionError.class);
    }

    @Example
    void aTransformationWithABetterNeighbourIsFound() {
        Anonymisation anonymisation = small(3);
        Transformation top = anonymisation.evaluate(List.of(2));
        Release release = anonymisation.release(top);
        assertThat(ReleaseAudit.of(anonymisation, release).minimalAmongNeighbours())
                .isNotEmpty();
    }

    @Example
    void tooMuchSuppressionIsFound() {
        Anonymisation anonymisation = small(3);
        Release release = anonymisation.release(anonymisation.search().optimum().orElseThrow());
        Release shortened = new Release(
                Table.of(release.table().columns(), List.of(release.table().row(0))),
                List.of(release.sourceRows().get(0)),
                release.transformation());
        ReleaseAudit audit = ReleaseAudit.of(anonymisation, shortened);
        assertThat(audit.suppressionWithinLimit()).isNotEmpty();
        assertThat(audit.rowsPreserved()).isNotEmpty();
    }
}
