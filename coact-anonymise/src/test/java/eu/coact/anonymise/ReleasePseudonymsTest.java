package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.StudyId;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ReleasePseudonymsTest {

    private static final StudyId STUDY = StudyId.of("coact-mental-health");

    @Property(tries = 100)
    void aReleaseGivesEachParticipantOneStablePseudonymUnrelatedToOtherReleases(
            @ForAll @AlphaChars @StringLength(min = 16, max = 43) String participant) {
        PseudonymKey key = PseudonymKey.generate(KeyId.of("releases"));
        Pseudonym p = Pseudonym.of(participant);
        ReleasePseudonyms wave1 = ReleasePseudonyms.of(key, STUDY, ReleaseId.of("wave-1"));
        ReleasePseudonyms wave2 = ReleasePseudonyms.of(key, STUDY, ReleaseId.of("wave-2"));
        Pseudonym published = wave1.releasePseudonymOf(p);
        assertThat(ReleasePseudonyms.of(key, STUDY, ReleaseId.of("wave-1")).releasePseudonymOf(p))
                .isEqualTo(published);
        assertThat(wave2.releasePseudonymOf(p)).isNotEqualTo(published);
        assertThat(published).isNotEqualTo(p);
        assertThat(ReleasePseudonyms.of(key, StudyId.of("other-study"), ReleaseId.of("wave-1"))
                        .releasePseudonymOf(p))
                .isNotEqualTo(published);
    }

    @Test
    void freshKeysMakeEveryReleaseUnlinkableEvenUnderTheSameId() {
        ReleasePseudonyms once = ReleasePseudonyms.withFreshKey(STUDY, ReleaseId.of("wave-1"));
        ReleasePseudonyms again = ReleasePseudonyms.withFreshKey(STUDY, ReleaseId.of("wave-1"));
        Set<Pseudonym> first = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            first.add(once.releasePseudonymOf(Pseudonym.of("participant-number-" + i)));
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(first).doesNotContain(again.releasePseudonymOf(Pseudonym.of("participant-number-" + i)));
        }
        assertThat(first).hasSize(1000);
        assertThat(once.toString()).contains("wave-1").contains("key hidden");
    }
}
