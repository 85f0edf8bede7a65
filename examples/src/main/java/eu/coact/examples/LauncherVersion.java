package eu.coact.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The launcher's version, as the build recorded it. */
public final class LauncherVersion implements CommandLine.IVersionProvider {

    /** Reads the version the build wrote beside the classes. */
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LauncherVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "coact " + properties.getProperty("version", "(version unknown)"), "Java " + Runtime.version()
        };
    }
}
