package eu.coact.content.authoring;

import eu.coact.content.ContentBlock;
import eu.coact.content.Study;
import eu.coact.content.authoring.internal.ContentChecks;
import eu.coact.content.authoring.internal.Origin;
import eu.coact.content.authoring.internal.StudyRules;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks content as a whole and reports every problem at once: field constraints (Jakarta
 * Validation), the message graph (dangling, unreachable, never-ending), branches, translations,
 * placeholders, actions, sensitivity, value drift between blocks, media files and the plan.
 * Errors make content unusable; warnings do not, except in {@linkplain #strict() strict mode}.
 * Immutable; configure with the {@code with...} methods.
 *
 * <pre>{@code
 * Problems problems = ContentValidator.standard().withMediaFolder(folder.resolve("media")).validate(study);
 * }</pre>
 */
public final class ContentValidator {

    /** Words that suggest content about suicide or self-harm, per language, used when no others are given. */
    public static final Map<Language, List<String>> DEFAULT_SENSITIVE_TERMS = Map.of(
            Language.of("en"), List.of("suicide", "suicidal", "self-harm", "kill myself"),
            Language.of("es"), List.of("suicidio", "suicida", "autolesi", "quitarme la vida"),
            Language.of("ca"), List.of("suïcidi", "suïcida", "autolesi", "treure'm la vida"),
            Language.of("de"), List.of("suizid", "selbstverletz", "selbstmord", "mir das leben nehmen"));

    private static final ContentValidator STANDARD =
            new ContentValidator(Optional.empty(), DEFAULT_SENSITIVE_TERMS, false);

    private final Optional<Path> media;
    private final Map<Language, List<String>> sensitiveTerms;
    private final boolean strict;

    private ContentValidator(Optional<Path> media, Map<Language, List<String>> sensitiveTerms, boolean strict) {
        this.media = media;
        this.sensitiveTerms = sensitiveTerms;
        this.strict = strict;
    }

    /** Default checks: no media folder, the default sensitive terms, warnings allowed. */
    public static ContentValidator standard() {
        return STANDARD;
    }

    /** The same checks, also verifying that every media file exists in {@code folder}. */
    public ContentValidator withMediaFolder(Path folder) {
        return new ContentValidator(Optional.of(Objects.requireNonNull(folder, "folder")), sensitiveTerms, strict);
    }

    /** The same checks with other sensitive terms (an empty map turns that check off). */
    public ContentValidator withSensitiveTerms(Map<Language, List<String>> terms) {
        return new ContentValidator(media, Map.copyOf(terms), strict);
    }

    /** The same checks, refusing content that has warnings. */
    public ContentValidator strict() {
        return new ContentValidator(media, sensitiveTerms, true);
    }

    /** True when warnings make content unusable. */
    public boolean isStrict() {
        return strict;
    }

    /** The media folder checked, if any. */
    public Optional<Path> mediaFolder() {
        return media;
    }

    /** Every problem of one block built in code; locations name the block and a path inside it. */
    public Problems validate(ContentBlock block) {
        Problems.Builder problems = Problems.builder();
        checkBlocks(List.of(block), id -> Origin.inCode(id.value()), problems);
        return problems.build();
    }

    /** Every problem of a study built in code; locations name the block and a path inside it. */
    public Problems validate(Study study) {
        Problems.Builder problems = Problems.builder();
        checkBlocks(study.blocks().values(), id -> Origin.inCode(id.value()), problems);
        StudyRules.checkPlan(study, new Origin(Optional.empty(), "study plan", ""), problems);
        return problems.build();
    }

    /** The study if usable under this validator's mode, or every problem. */
    public Validated<Study> check(Study study) {
        return verdict(study, validate(study));
    }

    void checkBlocks(Iterable<ContentBlock> blocks, Function<BlockId, Origin> origins, Problems.Builder problems) {
        ContentChecks.checkBlocks(blocks, origins, media, sensitiveTerms, problems);
    }

    /** The sensitive terms checked, per language. */
    public Map<Language, List<String>> sensitiveTerms() {
        return sensitiveTerms;
    }

    <T> Validated<T> verdict(T value, Problems problems) {
        if (strict && !problems.hasErrors() && !problems.warnings().isEmpty()) {
            Location where = problems.warnings().get(0).location();
            return Validated.invalid(problems.and(Problems.of(Problem.error(
                    "strict-mode",
                    "Strict mode refuses " + "content with warnings; "
                            + problems.warnings().size() + " found.",
                    Location.of(where.source())))));
        }
        return Validated.of(value, problems);
    }
}
