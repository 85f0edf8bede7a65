package eu.coact.export.datapackage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The licence a release is published under, named by its SPDX identifier (e.g.
 * {@code CC-BY-4.0}) with a link to its text and a human title.
 *
 * @param id    the SPDX licence identifier
 * @param url   where the licence text is
 * @param title the licence's name for people
 */
public record Licence(String id, String url, String title) {

    private static final Pattern SPDX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

    /** Checks that the identifier looks like an SPDX identifier and that nothing is blank. */
    public Licence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        if (!SPDX.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a licence id is an SPDX identifier such as CC-BY-4.0, not '" + id + "'");
        }
        if (url.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a licence needs a link to its text and a title");
        }
    }

    /** Creative Commons Attribution 4.0 International, the usual licence for open research data. */
    public static Licence ccBy4() {
        return new Licence(
                "CC-BY-4.0",
                "https://creativecommons.org/licenses/by/4.0/",
                "Creative Commons Attribution 4.0 International");
    }

    /** Creative Commons Zero 1.0, a public-domain dedication. */
    public static Licence cc0() {
        return new Licence(
                "CC0-1.0",
                "https://creativecommons.org/publicdomain/zero/1.0/",
                "Creative Commons Zero v1.0 Universal");
    }
}
