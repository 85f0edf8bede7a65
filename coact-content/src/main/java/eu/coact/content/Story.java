package eu.coact.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a block a microstory, beyond its messages: who tells it, where the support
 * happens, its themes, and how its questions' attempts are answered.
 *
 * @param teller      the teller as a pseudonym or role, e.g. "Pau, a carer"
 * @param environment the social environment of the story
 * @param themes      themes such as {@code stigma} or {@code loneliness}
 * @param questions   the questions asked with confirm-and-retry
 */
public record Story(
        @NotBlank(message = "name the teller (a pseudonym or a role)") @Size(max = 200)
        String teller,

        SocialEnvironment environment,
        Set<@NotBlank @Size(max = 64) String> themes,
        List<@Valid AttemptedQuestion> questions) {

    /** Checks presence and copies collections, keeping the order of themes. */
    public Story {
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(environment, "environment");
        themes = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
        questions = List.copyOf(questions);
    }
}
