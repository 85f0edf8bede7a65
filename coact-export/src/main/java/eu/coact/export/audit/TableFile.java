package eu.coact.export.audit;

import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A CSV file of a package as the audit reads it: the header and the rows, whole or streamed. */
record TableFile(List<String> header, List<List<String>> rows) {

    /** Receives each row of a streamed file with the header. */
    interface RowSink {
        void accept(List<String> header, List<String> row) throws IOException;
    }

    static TableFile read(Path folder, String path) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = stream(folder, path, (h, row) -> rows.add(row));
        return new TableFile(header, rows);
    }

    /** Streams the rows of a file; returns its header. Short rows are padded with empty values. */
    static List<String> stream(Path folder, String path, RowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(path));
                CsvReader csv = CsvReader.open(in)) {
            Optional<CsvRecord> first = csv.next();
            if (first.isEmpty()) {
                return List.of();
            }
            List<String> header = List.copyOf(first.get().values());
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                List<String> row = new ArrayList<>(r.get().values());
                while (row.size() < header.size()) {
                    row.add("");
                }
                sink.accept(header, row);
            }
            return header;
        }
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i;
    }
}
