package eu.coact.export.internal;

import eu.coact.content.AnswerCode;
import eu.coact.content.ContentBlock;
import eu.coact.core.Language;
import eu.coact.core.csv.CsvWriter;
import eu.coact.export.ReleaseFiles;
import eu.coact.export.datapackage.DataResource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the codebook of a release: three CSV tables, and the same content as Markdown, HTML and JSON. */
final class CodebookFiles {

    private CodebookFiles() {}

    static List<DataResource> write(ReleaseFiles files, Codebook codebook, String title, Map<String, Long> rowCounts)
            throws IOException {
        List<Language> languages = codebook.languages();
        DataResource blocks = ReleaseSchemas.blocks();
        DataResource questions = ReleaseSchemas.questions(languages);
        DataResource codes = ReleaseSchemas.codes(languages);
        try (OutputStream out = files.create(blocks.path());
                CsvWriter csv = ReleaseCsv.open(out, blocks.schema())) {
            for (ContentBlock block : codebook.blocks()) {
                csv.writeRow(block.id().value(), block.kind().code(), Boolean.toString(codebook.inSequence(block)));
            }
            rowCounts.put(blocks.name(), csv.rowsWritten());
        }
        try (OutputStream out = files.create(questions.path());
                CsvWriter csv = ReleaseCsv.open(out, questions.schema())) {
            for (CodebookQuestion q : codebook.questions()) {
                List<String> row = new ArrayList<>(List.of(
                        q.block(), q.question(), q.type(), q.disclosure().code()));
                languages.forEach(l -> row.add(codebook.text(q.text(), l)));
                csv.writeRow(row);
            }
            rowCounts.put(questions.name(), csv.rowsWritten());
        }
        try (OutputStream out = files.create(codes.path());
                CsvWriter csv = ReleaseCsv.open(out, codes.schema())) {
            for (CodebookQuestion q : codebook.questions()) {
                for (AnswerCode c : q.codes()) {
                    csv.writeRow(codeRow(codebook, q, c, false));
                }
                for (AnswerCode c : q.missing()) {
                    csv.writeRow(codeRow(codebook, q, c, true));
                }
            }
            rowCounts.put(codes.name(), csv.rowsWritten());
        }
        files.writeString("codebook/codebook.md", codebook.markdown(title));
        files.writeString("codebook/codebook.html", codebook.html(title));
        files.writeString("codebook/codebook.json", codebook.json(title));
        return List.of(blocks, questions, codes);
    }

    private static List<String> codeRow(Codebook codebook, CodebookQuestion q, AnswerCode c, boolean missing) {
        List<String> row = new ArrayList<>(List.of(q.block(), q.question(), c.code(), Boolean.toString(missing)));
        codebook.languages().forEach(l -> row.add(codebook.text(c.label(), l)));
        return row;
    }
}
