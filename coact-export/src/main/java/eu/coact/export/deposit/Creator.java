package eu.coact.export.deposit;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Someone credited for a release: a person or an organisation (or a group, such as the co-researchers). */
public sealed interface Creator permits Creator.Person, Creator.Organisation {

    /** The name as it is cited, e.g. "Garcia, Ana" or "Knowledge Coalition". */
    String citedName();

    /**
     * A person, optionally with an ORCID iD and an affiliation.
     *
     * @param givenName   given name(s)
     * @param familyName  family name(s)
     * @param orcid       the ORCID iD as {@code 0000-0002-1825-0097}, checked with its check digit
     * @param affiliation the organisation they worked for, if any
     */
    record Person(String givenName, String familyName, Optional<String> orcid, Optional<String> affiliation)
            implements Creator {

        private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

        /** Checks the names and the ORCID iD. */
        public Person {
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(orcid, "orcid");
            Objects.requireNonNull(affiliation, "affiliation");
            if (givenName.isBlank() || familyName.isBlank()) {
                throw new IllegalArgumentException("a person needs a given name and a family name");
            }
            orcid.ifPresent(id -> {
                if (!isOrcid(id)) {
                    throw new IllegalArgumentException(
                            "'" + id + "' is not an ORCID iD (0000-0000-0000-0000 with a valid check digit)");
                }
            });
        }

        @Override
        public String citedName() {
            return familyName + ", " + givenName;
        }

        /** True for a well-formed ORCID iD whose last character is its ISO 7064 11-2 check digit. */
        public static boolean isOrcid(String id) {
            if (!ORCID.matcher(id).matches()) {
                return false;
            }
            String digits = id.replace("-", "");
            int total = 0;
            for (int i = 0; i < 15; i++) {
                total = (total + (digits.charAt(i) - '0')) * 2;
            }
            int check = (12 - total % 11) % 11;
            char expected = check == 10 ? 'X' : (char) ('0' + check);
            return digits.charAt(15) == expected;
        }
    }

    /**
     * An organisation or a group credited as a whole.
     *
     * @param name its name
     */
    record Organisation(String name) implements Creator {
        /** Requires a name. */
        public Organisation {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("an organisation needs a name");
            }
        }

        @Override
        public String citedName() {
            return name;
        }
    }
}
