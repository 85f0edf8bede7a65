package eu.coact.anonymise.scrub;

import eu.coact.anonymise.scrub.internal.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled test corpus: one sentence per line, {@code language[:case]<TAB>text},
 * identifiers marked {@code {{KIND|text}}}, a backslash, {@code u} and four hex digits standing for that character.
 */
record LabelledCorpus(List<Sentence> sentences) {

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+)\\|(.+?)}}");

    record Sentence(int line, String language, String hardCase, String text, List<Span> gold) {}

    private static final Pattern ESCAPE = Pattern.compile("\\\\" + "u([0-9A-Fa-f]{4})");

    static LabelledCorpus load() throws IOException {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream("corpus.txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus.txt is missing from the test resources");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("corpus line " + (i + 1) + " has no language column");
                }
                String[] language = line.substring(0, tab).split(":", 2);
                String text = ESCAPE.matcher(line.substring(tab + 1))
                        .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
                sentences.add(parse(i + 1, language[0], language.length > 1 ? language[1] : "", text));
            }
            return new LabelledCorpus(List.copyOf(sentences));
        }
    }

    private static Sentence parse(int line, String language, String hardCase, String marked) {
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int at = 0;
        while (m.find()) {
            text.append(marked, at, m.start());
            int start = text.length();
            text.append(m.group(2));
            gold.add(new Span(start, text.length(), IdentifierKind.valueOf(m.group(1))));
            at = m.end();
        }
        text.append(marked.substring(at));
        return new Sentence(line, language, hardCase, text.toString(), List.copyOf(gold));
    }
}
