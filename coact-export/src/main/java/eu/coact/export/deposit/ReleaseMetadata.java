package eu.coact.export.deposit;

import eu.coact.core.Language;
import eu.coact.export.datapackage.Licence;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a repository needs to know about a release to register and cite it, independent of the
 * repository's format. DataCite's mandatory properties are all here: identifier (the DOI, once
 * registered), creators, title, publisher, publication year (from {@code released}) and resource
 * type (always "Dataset").
 *
 * @param title        the release title
 * @param description  an abstract
 * @param version      the release version, e.g. {@code 1.0.0}
 * @param released     the publication date
 * @param publisher    who publishes it, e.g. a university or a repository
 * @param language     the language of the metadata texts
 * @param creators     who is credited as author, in order; at least one
 * @param contributors others who contributed, with their roles
 * @param licence      the licence of the data
 * @param keywords     subjects to find it by
 * @param doi          its DOI, such as {@code 10.5281/zenodo.1234567}, once there is one; a DOI needs
 *                     a {@code url}
 * @param url          its landing page, the address the DOI resolves to, if there is one yet
 */
public record ReleaseMetadata(
        String title,
        String description,
        String version,
        LocalDate released,
        String publisher,
        Language language,
        List<Creator> creators,
        List<Contribution> contributors,
        Licence licence,
        List<String> keywords,
        Optional<String> doi,
        Optional<String> url) {

    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/[-._;()/:a-zA-Z0-9]+");

    /** Copies the lists and checks what is required. */
    public ReleaseMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        Objects.requireNonNull(licence, "licence");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(url, "url");
        if (title.isBlank() || publisher.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("a release needs a title, a publisher and a version");
        }
        if (creators.isEmpty()) {
            throw new IllegalArgumentException("a release needs at least one creator");
        }
        doi.ifPresent(d -> {
            if (!DOI.matcher(d).matches()) {
                throw new IllegalArgumentException("'" + d + "' is not a DOI such as 10.5281/zenodo.1234567");
            }
            if (url.isEmpty()) {
                throw new IllegalArgumentException("a release with a DOI needs the url of its landing page");
            }
        });
    }

    /**
     * True when DataCite can register the release as it is: it has a DOI and a landing page.
     * Otherwise its DataCite record is a draft.
     */
    public boolean registrable() {
        return doi.isPresent() && url.isPresent();
    }

    /**
     * True for a DOI name such as {@code 10.5281/zenodo.1234567} (without a resolver prefix),
     * in the characters DataCite's schema allows in a DOI.
     */
    public static boolean isDoi(String text) {
        return DOI.matcher(text).matches();
    }
}
