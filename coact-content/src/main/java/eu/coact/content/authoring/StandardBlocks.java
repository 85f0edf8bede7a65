package eu.coact.content.authoring;

import eu.coact.content.ContentBlock;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.ProblemsException;
import eu.coact.core.read.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Ready-made blocks shipped with the SDK, in Catalan, Spanish, English and German: the
 * socio-demographic profile of the original study, and the six questions of the Washington
 * Group Short Set on Functioning as an optional block. Both are codebook-ready: every question
 * has a variable name, coded answers and missing-value codes (such as {@code nvr}).
 */
public final class StandardBlocks {

    private StandardBlocks() {}

    /**
     * The socio-demographic profile: gender, age band, country, postcode, lived experience,
     * caregiver role, who knows about one's problems and roles in one's support network.
     */
    public static ContentBlock socioDemographics() {
        return load("socio-demographics.yaml");
    }

    /**
     * The six domains of the Washington Group Short Set on Functioning (seeing, hearing, walking,
     * remembering, self-care, communicating), paraphrased for a chat; replace the wording with
     * the Washington Group's published one where comparable statistics are needed.
     */
    public static ContentBlock washingtonGroupShortSet() {
        return load("washington-group-short-set.yaml");
    }

    private static ContentBlock load(String name) {
        String resource = "/eu/coact/content/modules/" + name;
        try (InputStream in = Objects.requireNonNull(StandardBlocks.class.getResourceAsStream(resource), resource)) {
            String text = RegularFiles.decodeUtf8(resource, in.readAllBytes()).orElseThrow();
            return ContentReader.standard()
                    .readBlocks(name, text, DocumentFormat.YAML)
                    .orElseThrow()
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped block " + name + " could not be read", e);
        } catch (ProblemsException e) {
            throw new IllegalStateException("the shipped block " + name + " is not valid: " + e.getMessage(), e);
        }
    }
}
