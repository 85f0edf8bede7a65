package eu.coact.core.read;

import eu.coact.core.problem.Validated;
import java.util.Locale;

/**
 * Reads every hostile shape at full size in this JVM and prints one line per file:
 * {@code name bytes milliseconds code} ({@code valid} when the document was read). Run in a JVM
 * with a small heap by {@link HostileInputHeapTest}; anything other than problem reports (an
 * exception, an {@code OutOfMemoryError}) ends the process with a stack trace on the error stream.
 */
public final class HostileCorpusRun {

    private HostileCorpusRun() {}

    /**
     * Reads each shape; no arguments.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        DocumentReader reader = DocumentReader.standard();
        for (HostileShapes.Expected expected : HostileShapes.all()) {
            HostileShapes shape = expected.shape();
            byte[] bytes = shape.bytes(1);
            long start = System.nanoTime();
            Validated<SourceDocument> result = reader.read(shape.name(), bytes, shape.format());
            long millis = (System.nanoTime() - start) / 1_000_000;
            String code = result.isValid()
                    ? "valid"
                    : result.problems().asList().get(0).code();
            System.out.println(String.format(Locale.ROOT, "%s %d %d %s", shape.name(), bytes.length, millis, code));
        }
    }
}
