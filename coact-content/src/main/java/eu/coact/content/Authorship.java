package eu.coact.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who wrote a block, when, and where it comes from. Required on every block, because all
 * content a participant sees is written by people, never generated.
 *
 * @param authors pseudonymous names or roles (e.g. "co-researcher group Barcelona"); never real names
 *                unless the authors chose to be named
 * @param date    when the content was written or last revised
 * @param source  where it comes from, e.g. "co-creation workshop 3" or "legacy import"
 */
public record Authorship(
        @NotEmpty(message = "name at least one author (a pseudonym or a role)")
        List<@NotBlank(message = "an author cannot be blank") @Size(max = 200) String> authors,

        LocalDate date,

        @NotBlank(message = "say where the content comes from") @Size(max = 500)
        String source) {

    /** Checks presence and copies the list. */
    public Authorship {
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /** Authorship by the given authors on a date, from a source. */
    public static Authorship by(List<String> authors, LocalDate date, String source) {
        return new Authorship(authors, date, source);
    }
}
