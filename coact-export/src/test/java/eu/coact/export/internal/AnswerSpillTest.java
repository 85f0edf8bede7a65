package eu.coact.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerSpillTest {

    @Test
    void aQuestionAnsweredAgainKeepsOnlyTheLatestAnswerInOrder(@TempDir Path dir) throws IOException {
        List<String> replayed = new ArrayList<>();
        try (AnswerSpill spill = AnswerSpill.beside(dir.resolve("release"))) {
            spill.expect(2, 3);
            spill.add(0, 0, "go", 1, 10);
            spill.add(0, 1, "nvr", 1, 11); // the block is interrupted by a pause here
            spill.add(1, 1, "f", 1, 12);
            spill.add(0, 0, "go", 1, 20); // and run again from its start after the pause
            spill.add(0, 1, "d", 1, 21);
            spill.add(0, 2, "3", 2, 22);
            spill.replay((p, q, value, attempts, at) -> replayed.add(p + "/" + q + "=" + value + "@" + at));
        }
        assertThat(replayed).containsExactly("1/1=f@12", "0/0=go@20", "0/1=d@21", "0/2=3@22");
    }
}
