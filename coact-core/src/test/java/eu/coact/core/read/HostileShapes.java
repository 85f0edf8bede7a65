package eu.coact.core.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Documents shaped to hurt a parser: each made at a chosen scale, so that the fuzz test can mutate
 * small ones and the heap-limited run can read them at full size (just under the 8 MiB limit, or
 * the size at which the original problem was found). They are generated, not stored, to keep the
 * repository small.
 *
 * @param name   a file name that says the shape and its format
 * @param format how it is read
 * @param make   the document at a scale (1 = full size, larger = that many times smaller)
 */
record HostileShapes(String name, DocumentFormat format, IntFunction<String> make) {

    /** Full size, and the code the reader must answer with (empty text for a document that is valid). */
    record Expected(HostileShapes shape, String code) {}

    byte[] bytes(int scale) {
        return make.apply(scale).getBytes(StandardCharsets.UTF_8);
    }

    static List<Expected> all() {
        return List.of(
                new Expected(
                        new HostileShapes(
                                "deep-long-keys-over-list.json",
                                DocumentFormat.JSON,
                                s -> deepKeysOverList(60, 900, 400_000 / s, true)),
                        ""),
                new Expected(
                        new HostileShapes(
                                "deep-long-keys-over-list.yaml",
                                DocumentFormat.YAML,
                                s -> deepKeysOverList(60, 900, 400_000 / s, false)),
                        ""),
                new Expected(
                        new HostileShapes(
                                "long-plain-scalar.yaml",
                                DocumentFormat.YAML,
                                s -> "k: " + "x".repeat(7_000_000 / s) + "\n"),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "long-quoted-key.yaml",
                                DocumentFormat.YAML,
                                s -> "{\"" + "k".repeat(200_000 / s) + "\": 1}\n"),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "long-comment.yaml",
                                DocumentFormat.YAML,
                                s -> "# " + "c ".repeat(3_000_000 / s) + "\nk: 1\n"),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "long-folded-text.yaml",
                                DocumentFormat.YAML,
                                s -> "k: >\n" + ("  " + "x".repeat(78) + "\n").repeat(90_000 / s)),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "many-empty-mappings.json",
                                DocumentFormat.JSON,
                                s -> "[" + "{},".repeat(2_700_000 / s) + "{}]"),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "many-empty-mappings.yaml", DocumentFormat.YAML, s -> "- {}\n".repeat(1_600_000 / s)),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes("many-short-keys.json", DocumentFormat.JSON, s -> wideObject(700_000 / s)),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "deep-brackets.json",
                                DocumentFormat.JSON,
                                s -> "[".repeat(4_000_000 / s) + "]".repeat(4_000_000 / s)),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "deep-brackets.yaml",
                                DocumentFormat.YAML,
                                s -> "[".repeat(4_000_000 / s) + "]".repeat(4_000_000 / s)),
                        "limit-exceeded"),
                new Expected(
                        new HostileShapes(
                                "long-number.json",
                                DocumentFormat.JSON,
                                s -> "{\"n\": " + "9".repeat(7_000_000 / s) + "}"),
                        "limit-exceeded"),
                new Expected(new HostileShapes("alias-bomb.yaml", DocumentFormat.YAML, s -> aliasBomb()), "yaml-alias"),
                new Expected(
                        new HostileShapes(
                                "escape-sequences-in-keys.yaml",
                                DocumentFormat.YAML,
                                s -> "\"\\e[2J\\e[HNo problems found.\\e[8m\": 1\n\"\\u202Eevil\": 2\n"),
                        ""));
    }

    private static String deepKeysOverList(int depth, int keyLength, int items, boolean json) {
        StringBuilder out = new StringBuilder();
        String key = "k".repeat(keyLength);
        for (int i = 0; i < depth; i++) {
            out.append(json ? "{\"" : "{").append(key).append(i).append(json ? "\":" : ":\n");
        }
        out.append('[');
        for (int i = 0; i < items; i++) {
            out.append(i == 0 ? "0" : json ? ",0" : ", 0");
            if (!json && i % 20 == 19) {
                out.append('\n');
            }
        }
        out.append(']').append("}".repeat(depth));
        return out.toString();
    }

    private static String wideObject(int keys) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keys; i++) {
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(Integer.toString(i, 36))
                    .append("\":0");
        }
        return out.append('}').toString();
    }

    private static String aliasBomb() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            bomb.append("]\n");
        }
        return bomb.toString();
    }
}
