package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords, invitations and the team file: what is kept, and what a mistake in the file says. */
class ServeSecretsTest {

    private static final byte[] KEY = "a server key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void anArgon2idHashMatchesOnlyItsPasswordAndReadsBackFromItsPhcString() {
        PasswordHash hash = PasswordHash.of("a long enough password".toCharArray());
        assertThat(hash.phc()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        PasswordHash read = PasswordHash.parse(hash.phc()).orElseThrow();
        assertThat(read.matches("a long enough password".toCharArray())).isTrue();
        assertThat(read.matches("a long enough passwore".toCharArray())).isFalse();
        assertThat(hash.toString())
                .doesNotContain(hash.phc().substring(hash.phc().lastIndexOf('$') + 1));
        assertThat(PasswordHash.parse("$2b$12$notargon")).isEmpty();
        assertThat(PasswordHash.of("same".toCharArray()).phc())
                .isNotEqualTo(PasswordHash.of("same".toCharArray()).phc());
    }

    @Test
    void theInvitationBookKeepsKeyedHashesOnlyAndASingleUseTokenAdmitsOnce() throws IOException {
        Path file = directory.resolve("invites.json");
        InviteBook book = InviteBook.open(file, KEY);
        String single = book.create(InviteBook.Kind.SINGLE, "letter", Instant.EPOCH);
        String campaign = book.create(InviteBook.Kind.CAMPAIGN, "poster", Instant.EPOCH);

        String kept = Files.readString(file);
        assertThat(kept).doesNotContain(single).doesNotContain(campaign);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        // Read again from the file: the single token is spent once, the campaign one stays open.
        InviteBook reopened = InviteBook.open(file, KEY);
        assertThat(reopened.redeem(single)).isTrue();
        assertThat(InviteBook.open(file, KEY).redeem(single)).isFalse();
        assertThat(reopened.redeem(campaign)).isTrue();
        assertThat(reopened.redeem(campaign)).isTrue();
        assertThat(reopened.redeem("not a token")).isFalse();

        // Under another key the same file admits nobody: the hashes are keyed.
        byte[] other = "another server key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
        assertThat(InviteBook.open(file, other).redeem(campaign)).isFalse();
    }

    @Test
    void everyBadLineOfTheTeamFileIsReportedWithItsLineAndNoAccountIsUsed() throws IOException {
        String hash = PasswordHash.of("a long enough password".toCharArray()).phc();
        Path file = directory.resolve("team.txt");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        List.of(
                                "# the team",
                                "ana coordinator " + hash,
                                "",
                                "joan researcher " + hash,
                                "Marta data-protection-officer " + hash,
                                "ana co-researcher " + hash,
                                "pere coordinator plaintext-password",
                                "only two")));
        Validated<TeamAccounts> read = TeamAccounts.read(file);
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        List<Problem> problems =
                ((Validated.Invalid<TeamAccounts>) read).problems().asList();
        assertThat(problems)
                .extracting(p -> p.location().line() + " " + p.code())
                .containsExactly(
                        "4 team-role-unknown",
                        "5 team-account-name",
                        "6 team-account-duplicate",
                        "7 team-hash-invalid",
                        "8 team-line-parts");
        assertThat(problems).allSatisfy(p -> assertThat(p.location().source()).isEqualTo(file.toString()));
        assertThat(((Validated.Invalid<TeamAccounts>) read).problems().render()).doesNotContain(hash);
    }

    @Test
    void aMissingTeamFileIsAProblemNotAnException() {
        Validated<TeamAccounts> read = TeamAccounts.read(directory.resolve("absent.txt"));
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        assertThat(((Validated.Invalid<TeamAccounts>) read).problems().asList())
                .extracting(Problem::code)
                .containsExactly("file-not-found");
    }
}
