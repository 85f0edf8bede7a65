package eu.coact.export.internal;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.export.AnswerFilter;
import eu.coact.export.Indicator;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseConfigReader;
import java.util.List;

/**
 * Checks a release configuration against the study it is applied to: every published attribute
 * is a coded profile question, every indicator counts a question the study asks with codes it
 * has, and no code means "rather not answer" in one question and a real answer in another (the
 * answers table reads such a code as missing everywhere).
 */
public final class StudyFit {

    private StudyFit() {}

    /**
     * Checks a configuration against the codebook of the study it is applied to.
     *
     * @param config   the configuration
     * @param codebook the study's codebook
     * @return every problem found
     */
    public static Problems check(ReleaseConfig config, Codebook codebook) {
        Problems.Builder problems = Problems.builder();
        eu.coact.core.Language language = config.metadata().language();
        if (!codebook.languages().contains(language)) {
            // The report labels answers with the codebook's words, so the study must speak the release's language.
            problems.error(
                    "unsupported-language",
                    "the study is written in "
                            + String.join(
                                    ", ",
                                    codebook.languages().stream()
                                            .map(eu.coact.core.Language::tag)
                                            .toList()) + ", not in '" + language.tag()
                            + "'; release it in one of the study's languages",
                    at("/language"));
        }
        for (String attribute : config.attributes()) {
            String pointer = config.quasiIdentifiers().containsKey(attribute)
                    ? "/participants/quasi-identifiers/" + attribute
                    : "/participants/sensitive";
            List<CodebookQuestion> asked = codebook.questionsNamed(attribute).stream()
                    .filter(q -> !q.freeText())
                    .toList();
            if (asked.isEmpty()) {
                problems.error(
                        "unknown-attribute",
                        "'" + attribute + "' is not a coded question of any questionnaire "
                                + "in the study, so participants have no value for it",
                        at(pointer));
            }
        }
        roles(config, codebook, problems);
        for (int i = 0; i < config.indicators().size(); i++) {
            Indicator indicator = config.indicators().get(i);
            filter(indicator.numerator(), "/indicators/" + i + "/numerator", codebook, problems);
            filter(indicator.denominator(), "/indicators/" + i + "/denominator", codebook, problems);
        }
        List<String> real = codebook.answerCodes();
        for (String code : codebook.missingCodes()) {
            if (real.contains(code)) {
                problems.error(
                        "ambiguous-code",
                        "the code '" + code + "' means \"rather not answer\" in one question "
                                + "and is a real answer in another; give the missing option another value",
                        Location.of("study"));
            }
        }
        return problems.build();
    }

    /**
     * The roles the content declares bind the release: every quasi-identifier and sensitive
     * question is under the privacy models or withheld, every sensitive attribute has a model of
     * its own, and no direct identifier is published.
     */
    private static void roles(ReleaseConfig config, Codebook codebook, Problems.Builder problems) {
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (CodebookQuestion q : codebook.questions()) {
            String name = q.question();
            if (!named.add(name)) {
                continue;
            }
            boolean qi = config.quasiIdentifiers().containsKey(name);
            boolean sensitive = config.sensitive().contains(name);
            boolean withheld = config.withheld().contains(name);
            switch (q.disclosure()) {
                case DIRECT_IDENTIFIER -> {
                    if (qi || sensitive) {
                        problems.error(
                                "direct-identifier-published",
                                "'" + name + "' is a direct identifier in the "
                                        + "content (block " + q.block() + "); it is never published: move it to "
                                        + "participants/withheld",
                                at(qi ? "/participants/quasi-identifiers/" + name : "/participants/sensitive"));
                    }
                }
                case QUASI_IDENTIFIER, SENSITIVE -> {
                    if (!qi && !sensitive && !withheld) {
                        problems.error(
                                "role-not-controlled",
                                "'" + name + "' is a " + q.disclosure().code()
                                        + " in the content (block " + q.block()
                                        + ") but the release leaves it out of its "
                                        + "privacy models: name it under participants/quasi-identifiers (with a hierarchy) or "
                                        + "participants/sensitive (with a model), or under participants/withheld",
                                at("/participants"));
                    }
                }
                case NONE -> {
                    // Published as given; listing it among the attributes only protects it further.
                }
            }
        }
        for (String sensitive : config.sensitive()) {
            boolean modelled = config.models().stream().anyMatch(m -> sensitive.equals(modelled(m)));
            if (!modelled) {
                problems.error(
                        "sensitive-without-model",
                        "the sensitive attribute '" + sensitive + "' has no privacy "
                                + "model of its own: add {distinct-l-diversity: {attribute: " + sensitive
                                + ", l: 2}} (or "
                                + "entropy-l-diversity, t-closeness) under disclosure/models",
                        at("/disclosure/models"));
            }
        }
    }

    /** The sensitive attribute a model protects, or null for k-anonymity. */
    private static String modelled(eu.coact.anonymise.disclosure.PrivacyModel model) {
        if (model instanceof eu.coact.anonymise.disclosure.PrivacyModel.DistinctLDiversity l) {
            return l.attribute();
        } else if (model instanceof eu.coact.anonymise.disclosure.PrivacyModel.EntropyLDiversity l) {
            return l.attribute();
        } else if (model instanceof eu.coact.anonymise.disclosure.PrivacyModel.TCloseness t) {
            return t.attribute();
        }
        return null;
    }

    private static void filter(AnswerFilter filter, String pointer, Codebook codebook, Problems.Builder problems) {
        List<CodebookQuestion> questions = filter.block()
                .map(b -> codebook.question(b, filter.question()).stream().toList())
                .orElseGet(() -> codebook.questionsNamed(filter.question()));
        if (questions.isEmpty()) {
            problems.error(
                    "unknown-question",
                    "the study has no question '" + filter.question() + "'"
                            + filter.block().map(b -> " in block '" + b + "'").orElse(""),
                    at(pointer + "/question"));
            return;
        }
        for (String code : filter.answers()) {
            boolean known = questions.stream()
                    .anyMatch(q -> q.codes().stream().anyMatch(c -> c.code().equals(code)) || q.isMissing(code));
            if (!known) {
                problems.error(
                        "unknown-code",
                        "'" + code + "' is not an answer code of '" + filter.question() + "'",
                        at(pointer + "/answers"));
            }
        }
    }

    private static Location at(String pointer) {
        return Location.of(ReleaseConfigReader.FILE_NAME, pointer);
    }
}
