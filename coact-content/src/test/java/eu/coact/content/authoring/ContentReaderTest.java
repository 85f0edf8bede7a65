package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Examples;
import eu.coact.content.Study;
import eu.coact.core.problem.Validated;
import org.junit.jupiter.api.Test;

class ContentReaderTest {

    @Test
    void theDemoStudyReadsWithoutProblems() {
        Validated<Study> study = ContentReader.standard().readStudy(Examples.example("demo-study"));
        System.out.println(study.problems().render());
        assertThat(study.problems().asList()).isEmpty();
        assertThat(study.isValid()).isTrue();
    }
}
