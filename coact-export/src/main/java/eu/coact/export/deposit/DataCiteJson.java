package eu.coact.export.deposit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.core.read.DocumentReader;
import java.util.Locale;

/**
 * Writes release metadata as DataCite JSON (the attributes of a DataCite "dois" record, metadata
 * schema 4.5), ready to submit to a DataCite member repository or to keep beside the data. Keys
 * are in a fixed order, so the same metadata always gives the same file. A release with a DOI
 * and a landing page ({@link ReleaseMetadata#registrable()}) is written to {@value #FILE_NAME}
 * and is valid against DataCite's 4.5 JSON schema; without them the record is a draft, written
 * to {@value #DRAFT_FILE_NAME} so that nobody mistakes it for a registered one.
 */
public final class DataCiteJson {

    /** The file name used for the DataCite record in a release. */
    public static final String FILE_NAME = "datacite.json";

    /** The file name of the DataCite record of a release that has no DOI or landing page yet. */
    public static final String DRAFT_FILE_NAME = "datacite-draft.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DataCiteJson() {}

    /**
     * The DataCite attributes as a JSON tree.
     *
     * @param meta the release metadata
     * @return the tree
     */
    public static ObjectNode tree(ReleaseMetadata meta) {
        ObjectNode root = NODES.objectNode();
        meta.doi().ifPresent(doi -> root.put("doi", doi));
        ObjectNode types = root.putObject("types");
        types.put("resourceTypeGeneral", "Dataset");
        types.put("resourceType", "Open data release");
        ArrayNode creators = root.putArray("creators");
        meta.creators().forEach(c -> creators.add(name(c)));
        root.putArray("titles")
                .addObject()
                .put("title", meta.title())
                .put("lang", meta.language().tag());
        root.putObject("publisher").put("name", meta.publisher());
        // A four-digit string in DataCite's JSON schema, not a number.
        root.put(
                "publicationYear",
                String.format(Locale.ROOT, "%04d", meta.released().getYear()));
        if (!meta.keywords().isEmpty()) {
            ArrayNode subjects = root.putArray("subjects");
            meta.keywords()
                    .forEach(k -> subjects.addObject()
                            .put("subject", k)
                            .put("lang", meta.language().tag()));
        }
        if (!meta.contributors().isEmpty()) {
            ArrayNode contributors = root.putArray("contributors");
            meta.contributors()
                    .forEach(c -> contributors.add(name(c.contributor())
                            .put("contributorType", c.role().dataCiteName())));
        }
        root.putArray("dates")
                .addObject()
                .put("date", meta.released().toString())
                .put("dateType", "Issued");
        root.put("language", meta.language().tag());
        root.put("version", meta.version());
        root.putArray("rightsList")
                .addObject()
                .put("rights", meta.licence().title())
                .put("rightsUri", meta.licence().url())
                .put("rightsIdentifier", meta.licence().id().toLowerCase(Locale.ROOT))
                .put("rightsIdentifierScheme", "SPDX")
                .put("schemeUri", "https://spdx.org/licenses/");
        if (!meta.description().isBlank()) {
            root.putArray("descriptions")
                    .addObject()
                    .put("description", meta.description())
                    .put("descriptionType", "Abstract")
                    .put("lang", meta.language().tag());
        }
        ArrayNode formats = root.putArray("formats");
        formats.add("text/csv");
        formats.add("application/json");
        meta.url().ifPresent(u -> root.put("url", u));
        root.put("schemaVersion", "http://datacite.org/schema/kernel-4");
        return root;
    }

    /**
     * The name of the file the record goes to: {@value #FILE_NAME} when the release can be
     * registered, {@value #DRAFT_FILE_NAME} otherwise.
     *
     * @param meta the release metadata
     * @return the file name
     */
    public static String fileName(ReleaseMetadata meta) {
        return meta.registrable() ? FILE_NAME : DRAFT_FILE_NAME;
    }

    /**
     * The DataCite attributes as JSON text, ending with a newline.
     *
     * @param meta the release metadata
     * @return the JSON
     */
    public static String render(ReleaseMetadata meta) {
        return DocumentReader.standard().writeJson(tree(meta));
    }

    private static ObjectNode name(Creator creator) {
        ObjectNode node = NODES.objectNode();
        node.put("name", creator.citedName());
        if (creator instanceof Creator.Person p) {
            node.put("nameType", "Personal");
            node.put("givenName", p.givenName());
            node.put("familyName", p.familyName());
            p.orcid()
                    .ifPresent(id -> node.putArray("nameIdentifiers")
                            .addObject()
                            .put("nameIdentifier", "https://orcid.org/" + id)
                            .put("nameIdentifierScheme", "ORCID")
                            .put("schemeUri", "https://orcid.org"));
            p.affiliation()
                    .ifPresent(a -> node.putArray("affiliation").addObject().put("name", a));
        } else {
            node.put("nameType", "Organizational");
        }
        return node;
    }
}
