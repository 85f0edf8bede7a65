package eu.coact.examples;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --study} option of the commands that run a study on the spot ({@code chat},
 * {@code demo}): a study folder, or the name of an example study inside the launcher; without it,
 * the demo study.
 */
final class StudyOption {

    @Option(
            names = "--study",
            paramLabel = "<folder>",
            description = "A study folder, or the name of an example study (default: " + StudySource.DEFAULT_STUDY
                    + "; also: dementia-carers).")
    private Optional<String> study = Optional.empty();

    /** What {@code --study} said, if it was given. */
    Optional<String> named() {
        return study;
    }

    /**
     * The study folder to use.
     *
     * @param scratch a temporary folder an example study may be copied into
     * @return the folder named, or the example study copied into {@code scratch}
     */
    Path resolve(Path scratch) {
        return StudySource.resolve(study, scratch);
    }
}
