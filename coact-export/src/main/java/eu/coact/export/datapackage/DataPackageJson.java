package eu.coact.export.datapackage;

import eu.coact.export.datapackage.internal.DescriptorJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a package's {@code datapackage.json}. The output is deterministic: keys in a fixed
 * order, two-space indentation, LF line ends, so two releases of the same package are
 * byte-identical and diff cleanly.
 */
public final class DataPackageJson {

    /** The file name of a package descriptor. */
    public static final String FILE_NAME = "datapackage.json";

    private DataPackageJson() {}

    /**
     * The descriptor as JSON text.
     *
     * @param pkg the package
     * @return the JSON, ending with a newline
     */
    public static String render(DataPackage pkg) {
        return DescriptorJson.render(pkg);
    }

    /**
     * Writes {@code datapackage.json} into a directory, replacing an existing one.
     *
     * @param pkg       the package
     * @param directory the package directory
     * @return the file written
     * @throws IOException when writing fails
     */
    public static Path write(DataPackage pkg, Path directory) throws IOException {
        return Files.writeString(directory.resolve(FILE_NAME), render(pkg), StandardCharsets.UTF_8);
    }
}
