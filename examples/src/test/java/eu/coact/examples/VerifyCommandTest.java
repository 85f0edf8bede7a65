package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.FileJournal;
import eu.coact.examples.study.SignedJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coact verify} as an auditor meets it, on a journal that {@code coact chat} wrote. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private static String study() {
        return Launch.study("tiny-study").toString();
    }

    /**
     * A conversation kept in a folder (chat keeps its journal in the folder's "journal"); returns
     * the anchor file made from what chat printed.
     */
    private Path chatAndKeepTheAnchor(Path journal) throws IOException {
        Launch chat = Launch.typing(
                "1\n",
                "chat",
                "--study",
                study(),
                "--journal",
                journal.getParent().toString(),
                "--speed",
                "10000");
        assertThat(chat.exit()).isZero();
        assertThat(chat.err()).contains("Journal anchor");
        String printed = chat.err().substring(chat.err().indexOf("Journal anchor"));
        String json = printed.substring(printed.indexOf('{'), printed.indexOf('}') + 1);
        Path anchor = dir.resolve("anchor.json");
        Files.writeString(anchor, json);
        return anchor;
    }

    @Test
    void aJournalChatWroteVerifiesWithItsAnchorAndWithItsKeyFile() throws IOException {
        Path journal = dir.resolve("conversation").resolve("journal");
        Path anchor = chatAndKeepTheAnchor(journal);

        Launch withAnchor = Launch.of("verify", "--journal", journal.toString(), "--anchor", anchor.toString());
        assertThat(withAnchor.exit()).as(withAnchor.out() + withAnchor.err()).isZero();
        assertThat(withAnchor.out()).startsWith("Intact: ");

        Launch withKeys = Launch.of(
                "verify",
                "--journal",
                journal.toString(),
                "--keys",
                SignedJournal.keyFile(journal).toString());
        assertThat(withKeys.exit()).isZero();
    }

    @Test
    void aRedactionMadeWithoutTheKeyIsReportedAndExitsOne() throws IOException {
        Path journal = dir.resolve("conversation").resolve("journal");
        Path anchor = chatAndKeepTheAnchor(journal);
        try (FileJournal opened = FileJournal.open(journal)) {
            opened.redact(2);
        }

        Launch run = Launch.of("verify", "--journal", journal.toString(), "--anchor", anchor.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("NOT INTACT at entry #2").contains("a redaction was forged");
    }

    @Test
    void chatRefusesToContinueAJournalThatDoesNotVerify() throws IOException {
        Path journal = dir.resolve("conversation").resolve("journal");
        chatAndKeepTheAnchor(journal);
        try (FileJournal opened = FileJournal.open(journal)) {
            opened.redact(2);
        }
        Launch again = Launch.typing(
                ":status\n",
                "chat",
                "--study",
                study(),
                "--journal",
                journal.getParent().toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("does not verify at entry #2").doesNotContain("\tat ");
    }

    @Test
    void aBrokenAnchorFileOrAMissingJournalIsAMistakeNotAStackTrace() throws IOException {
        Path journal = dir.resolve("conversation").resolve("journal");
        chatAndKeepTheAnchor(journal);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"coact-journal-anchor/1\", \"sequence\": \"x\"}");

        Launch badAnchor = Launch.of("verify", "--journal", journal.toString(), "--anchor", bad.toString());
        assertThat(badAnchor.exit()).isEqualTo(1);
        assertThat(badAnchor.err())
                .contains("\"sequence\" must be a whole number")
                .doesNotContain("\tat ");

        Launch missing = Launch.of("verify", "--journal", dir.resolve("nothing").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no journal folder");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }
}
