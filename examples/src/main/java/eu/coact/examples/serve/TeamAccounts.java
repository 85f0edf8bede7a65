package eu.coact.examples.serve;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The team's dashboard accounts, read from a text file the coordinator writes, one account a line:
 * <pre>
 * # name  role  Argon2id hash (from 'coact serve hash-password')
 * ana     coordinator              $argon2id$v=19$m=19456,t=2,p=1$...$...
 * joan    co-researcher            $argon2id$...
 * </pre>
 * Blank lines and lines starting with {@code #} are skipped. The file is checked as a whole: every
 * bad line is reported with its line number, and no account is used until all are right.
 */
public final class TeamAccounts {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    private final Map<String, Account> accounts;

    private TeamAccounts(Map<String, Account> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    /**
     * Reads and checks a team file.
     *
     * @param file the file
     * @return the accounts, or every problem with its line
     */
    public static Validated<TeamAccounts> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String code = e instanceof java.nio.file.NoSuchFileException ? "file-not-found" : "file-unreadable";
            return Validated.invalid(Problems.of(List.of(problem(
                    code,
                    Location.of(file.toString()),
                    "the team file cannot be read (" + e.getClass().getSimpleName()
                            + "); write one account a line: name, role, password hash"))));
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Location where = Location.of(file.toString(), "", i + 1, 1);
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                problems.add(problem(
                        "team-line-parts", where, "an account line has three parts: name, role, password hash"));
                continue;
            }
            Optional<TeamRole> role = TeamRole.of(parts[1]);
            Optional<PasswordHash> hash = PasswordHash.parse(parts[2]);
            if (!NAME.matcher(parts[0]).matches()) {
                problems.add(
                        problem(
                                "team-account-name",
                                where,
                                "'" + parts[0]
                                        + "' is not an account name (lower-case letters, digits, '.', '_', '-', from a letter)"));
            } else if (accounts.containsKey(parts[0])) {
                problems.add(problem(
                        "team-account-duplicate", where, "the account '" + parts[0] + "' is already defined above"));
            }
            if (role.isEmpty()) {
                problems.add(problem(
                        "team-role-unknown",
                        where,
                        "'" + parts[1] + "' is not a role; use coordinator, co-researcher or data-protection-officer"));
            }
            if (hash.isEmpty()) {
                problems.add(problem(
                        "team-hash-invalid",
                        where,
                        "the password hash is not an Argon2id hash; make one with 'coact serve hash-password'"));
            }
            if (role.isPresent() && hash.isPresent()) {
                accounts.putIfAbsent(parts[0], new Account(parts[0], role.get(), hash.get()));
            }
        }
        if (problems.isEmpty() && accounts.isEmpty()) {
            problems.add(problem(
                    "team-file-empty",
                    Location.of(file.toString()),
                    "the team file has no account; add at least one coordinator"));
        }
        return problems.isEmpty()
                ? Validated.valid(new TeamAccounts(accounts))
                : Validated.invalid(Problems.of(problems));
    }

    /**
     * The account with a name, if the password is right.
     *
     * @param name     the account name
     * @param password the password tried; the caller clears it
     * @return the account, or empty for a wrong name or password
     */
    public Optional<Account> check(String name, char[] password) {
        Account account = accounts.get(name);
        if (account == null) {
            // Hash anyway, so that timing does not tell which names exist.
            PasswordHash.of(password);
            return Optional.empty();
        }
        return account.hash().matches(password) ? Optional.of(account) : Optional.empty();
    }

    private static Problem problem(String code, Location where, String message) {
        return Problem.error(code, message, where);
    }

    /** How many accounts there are. */
    public int size() {
        return accounts.size();
    }

    /**
     * A team member's account.
     *
     * @param name the account name
     * @param role what they may see
     * @param hash their password's hash
     */
    public record Account(String name, TeamRole role, PasswordHash hash) {
        /** Checks presence. */
        public Account {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** Counts accounts only. */
    @Override
    public String toString() {
        return "TeamAccounts[" + accounts.size() + "]";
    }
}
