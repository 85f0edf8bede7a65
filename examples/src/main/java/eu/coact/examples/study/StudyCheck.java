package eu.coact.examples.study;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.PurposeCatalogue;
import eu.coact.content.Study;
import eu.coact.content.authoring.ContentReader;
import eu.coact.content.authoring.ContentValidator;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.StudyReadiness;
import eu.coact.export.ReleaseConfigReader;
import eu.coact.export.StudyRelease;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a study folder's authors wrote, read and checked as a whole: the content (study
 * file, blocks, media) and, when the folder has them, the consent policy
 * ({@code consent-policy.yaml}), the consent documents ({@code consent/}) and the release
 * configuration ({@code release.yaml}, with the hierarchy files it names).
 *
 * @param folder    the study folder
 * @param study     the content, when it could be read without errors
 * @param policy    the consent policy, when the folder has one and it has no errors
 * @param documents the consent documents, when the folder has them and they have no errors
 * @param problems  every problem found in any of these files
 */
public record StudyCheck(
        Path folder,
        Optional<Study> study,
        Optional<ConsentPolicy> policy,
        List<ConsentDocument> documents,
        Problems problems) {

    /** The name of the consent policy file inside a study folder. */
    public static final String POLICY_FILE = "consent-policy.yaml";
    /** The name of the consent documents' folder inside a study folder. */
    public static final String CONSENT_FOLDER = "consent";

    /** Copies the list. */
    public StudyCheck {
        documents = List.copyOf(documents);
    }

    /**
     * Reads and checks a study folder.
     *
     * @param folder the study folder
     * @param strict whether warnings refuse the content too
     * @return what was read, and every problem
     */
    public static StudyCheck of(Path folder, boolean strict) {
        if (!Files.isDirectory(folder)) {
            throw new InputMistake("there is no study folder at " + folder
                    + " (a study folder holds study.yaml, blocks/, media/ and consent/)");
        }
        ContentValidator validator = strict ? ContentValidator.standard().strict() : ContentValidator.standard();
        Validated<Study> content =
                ContentReader.standard().withValidator(validator).readStudy(folder);
        Problems problems = content.problems();
        // The engine reads the conversation section and the language files; the rest of study.yaml
        // was reported above.
        problems = problems.and(Problems.of(EngineSettings.read(folder).problems().asList().stream()
                .filter(p -> !isStudyFile(p.location().source())
                        || p.location().path().startsWith("/conversation"))
                .toList()));
        Optional<ConsentPolicy> policy = Optional.empty();
        Path policyFile = folder.resolve(POLICY_FILE);
        if (Files.isRegularFile(policyFile)) {
            Validated<ConsentPolicy> read = ConsentPolicy.load(policyFile);
            problems = problems.and(read.problems());
            policy = read.asOptional();
        }
        List<ConsentDocument> documents = List.of();
        Path consentFolder = folder.resolve(CONSENT_FOLDER);
        if (Files.isDirectory(consentFolder)) {
            PurposeCatalogue catalogue = policy.map(ConsentPolicy::catalogue).orElse(PurposeCatalogue.studyDefaults());
            Validated<List<ConsentDocument>> read = ConsentDocument.loadAll(consentFolder, catalogue);
            problems = problems.and(read.problems());
            documents = read.asOptional().orElse(List.of());
        }
        if (content.asOptional().isPresent()) {
            Study study = content.asOptional().get();
            problems = problems.and(StudyReadiness.buttonLabels(
                    study,
                    EngineSettings.read(folder)
                            .asOptional()
                            .orElse(EngineSettings.defaults())
                            .commands()));
            if (Files.isDirectory(consentFolder) && !documents.isEmpty()) {
                problems = problems.and(StudyReadiness.consentDocuments(study, documents, CONSENT_FOLDER + "/"));
            }
        }
        Path releaseFile = folder.resolve(ReleaseConfigReader.FILE_NAME);
        if (Files.isRegularFile(releaseFile)) {
            Validated<eu.coact.export.ReleaseConfig> release = ReleaseConfigReader.read(releaseFile);
            problems = problems.and(release.problems());
            if (release.isValid() && content.isValid()) {
                // Found now, not after a simulation: questions, codes and the language the release needs from the
                // study.
                problems = problems.and(
                        StudyRelease.configure(release.orElseThrow()).fit(content.orElseThrow()));
            }
        }
        return new StudyCheck(folder, content.asOptional(), policy, documents, problems);
    }

    private static boolean isStudyFile(String source) {
        String name = Path.of(source).getFileName() == null
                ? source
                : Path.of(source).getFileName().toString();
        return List.of("study.yaml", "study.yml", "study.json").contains(name);
    }

    /**
     * The consent policy and documents a study needs to run, or a mistake saying which is missing.
     *
     * @return the policy
     */
    public ConsentPolicy requirePolicy() {
        return policy.orElseThrow(() -> new InputMistake("the study has no " + POLICY_FILE + "; write one (who is "
                + "responsible, how to withdraw) before participants can take part"));
    }

    /**
     * How the study's conversations run: the {@code conversation:} section of its study file over the
     * engine's defaults. Its problems are among this check's problems.
     */
    public EngineSettings settings() {
        return EngineSettings.read(folder).asOptional().orElse(EngineSettings.defaults());
    }

    /** Whether the study may run: no errors (and, when strict, no warnings). */
    public boolean passes(boolean strict) {
        return !problems.blocks(strict);
    }

    /**
     * True when the study can run; otherwise prints its problems and that it cannot run until they
     * are fixed, for the commands that run a study.
     *
     * @param err where the problems go
     * @return whether the study can run
     */
    public boolean runnable(PrintWriter err) {
        if (study.isPresent() && passes(false)) {
            return true;
        }
        err.print(report().render());
        err.println("The study in " + folder + " cannot be run until these errors are fixed.");
        return false;
    }

    /** The report of every problem, file names relative to the folder. */
    public ProblemReport report() {
        return new ProblemReport(folder, problems);
    }
}
