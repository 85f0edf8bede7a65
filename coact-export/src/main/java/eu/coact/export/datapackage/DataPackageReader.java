package eu.coact.export.datapackage;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.export.datapackage.internal.DescriptorParser;
import eu.coact.export.datapackage.internal.PackageValidator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a Data Package directory and checks it as a whole: the descriptor, then every CSV file
 * against its Table Schema (header, types, missing values, required values, allowed values,
 * bounds, patterns, unique values, primary keys, foreign keys across resources). Every problem
 * is reported with the file, the line and the field, for example
 * {@code answers.csv:1042 /answer — field 'answer': 'maybe' is not one of the allowed values}.
 *
 * <pre>{@code
 * Validated<CheckedPackage> result = DataPackageReader.standard().read(releaseDir);
 * if (!result.isValid()) System.err.println(result.problems().render());
 * }</pre>
 *
 * <p>Files are streamed: memory grows only with the keys of tables that have a primary key or a
 * unique field (about 16 bytes per row, real keys are compared only for suspected duplicates)
 * and with the keys of tables that other tables refer to. Foreign keys compare values as written.
 */
public final class DataPackageReader {

    private static final int DEFAULT_PROBLEM_LIMIT = 100;

    private final int problemLimit;

    private DataPackageReader(int problemLimit) {
        this.problemLimit = problemLimit;
    }

    /** A reader that lists up to 100 problems per file and counts the rest. */
    public static DataPackageReader standard() {
        return new DataPackageReader(DEFAULT_PROBLEM_LIMIT);
    }

    /**
     * A reader that lists up to this many problems per file.
     *
     * @param perFile the limit, at least 1
     * @return the reader
     */
    public static DataPackageReader withProblemLimit(int perFile) {
        if (perFile < 1) {
            throw new IllegalArgumentException("the problem limit is at least 1");
        }
        return new DataPackageReader(perFile);
    }

    /**
     * Reads only the descriptor of a package directory.
     *
     * @param directory the package directory
     * @return the package, or the problems of its {@code datapackage.json}
     */
    public Validated<DataPackage> readDescriptor(Path directory) {
        Path descriptor = directory.resolve(DataPackageJson.FILE_NAME);
        if (!Files.isRegularFile(descriptor)) {
            return Validated.invalid(Problems.of(eu.coact.core.problem.Problem.error(
                    "missing-descriptor",
                    "the directory has no " + DataPackageJson.FILE_NAME,
                    Location.of(DataPackageJson.FILE_NAME))));
        }
        return DocumentReader.standard().read(descriptor, DocumentFormat.JSON).flatMap(DescriptorParser::parse);
    }

    /**
     * Reads a package directory and checks every file against its schema.
     *
     * @param directory the package directory
     * @return the package and its row counts, or every problem found
     */
    public Validated<CheckedPackage> read(Path directory) {
        return readDescriptor(directory).flatMap(pkg -> {
            PackageValidator.Outcome outcome = PackageValidator.validate(directory, pkg, problemLimit);
            return Validated.of(new CheckedPackage(pkg, outcome.rows()), outcome.problems());
        });
    }
}
