package eu.coact.export.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The patterns {@link PortableRegex} writes mean the same in XML Schema (the JDK's schema
 * validator), Java, JavaScript (Node.js, as tableschema-js builds it: {@code ^pattern$}) and
 * Python ({@code re.fullmatch}, as frictionless-py does), for codes made of any characters.
 */
class PortableRegexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Letters, digits and every ASCII character that is syntax somewhere, plus a few beyond ASCII. */
    private static final String ALPHABET = "aZ09_- .\\|?*+(){}[]^$/:;'\"#&~!@%=<>`\tàß€語";

    @TempDir
    Path dir;

    @Provide
    Arbitrary<List<String>> codes() {
        return Arbitraries.strings()
                .withChars(ALPHABET.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(6)
                .list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .uniqueElements();
    }

    @Property(tries = 200)
    void javaAndXmlSchemaAcceptExactlyTheListsOfTheGivenCodes(@ForAll("codes") List<String> codes) throws Exception {
        String pattern = PortableRegex.listOf(codes, ",");
        Validator xsd = xsd(pattern);
        for (Case c : cases(codes, new Random(codes.hashCode()))) {
            assertThat(Pattern.compile(pattern).matcher(c.value).matches())
                    .as("Java: %s on %s", pattern, c.value)
                    .isEqualTo(c.member);
            assertThat(xsdAccepts(xsd, c.value))
                    .as("XML Schema: %s on %s", pattern, c.value)
                    .isEqualTo(c.member);
        }
    }

    @Test
    void javaScriptAndPythonReadThePatternsAsJavaDoes() throws Exception {
        Random random = new Random(20261202);
        ArrayNode batch = JSON.createArrayNode();
        for (int i = 0; i < 300; i++) {
            List<String> codes = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); codes.size() < n; ) {
                String code = randomCode(random);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
            String pattern = PortableRegex.listOf(codes, ",");
            for (Case c : cases(codes, random)) {
                batch.addObject().put("pattern", pattern).put("value", c.value).put("member", c.member);
            }
        }
        Path input = Files.writeString(dir.resolve("cases.json"), batch.toString());
        int engines = 0;
        for (Engine engine : List.of(
                new Engine(
                        "node",
                        "-e",
                        "const cases=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));"
                                + "console.log(JSON.stringify(cases.map(c=>{try{return new RegExp('^'+c.pattern+'$').test(c.value)}"
                                + "catch(e){return 'error: '+e.message}})))"),
                new Engine(
                        "python3",
                        "-c",
                        "import json,re,sys\ncases=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                                + "def m(c):\n  try:\n    return re.fullmatch(c['pattern'],c['value']) is not None\n"
                                + "  except re.error as e:\n    return 'error: '+str(e)\nprint(json.dumps([m(c) for c in cases]))"))) {
            Optional<Path> exe = onPath(engine.command);
            if (exe.isEmpty()) {
                continue;
            }
            engines++;
            JsonNode answers = run(exe.get(), engine, input);
            assertThat(answers.size()).isEqualTo(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                JsonNode c = batch.get(i);
                assertThat(answers.get(i).toString())
                        .as(
                                "%s: /%s/ on '%s'",
                                engine.command,
                                c.get("pattern").asText(),
                                c.get("value").asText())
                        .isEqualTo(c.get("member").toString());
            }
        }
        if (engines == 0) {
            String message = "neither node nor python3 is installed; JavaScript and Python readings are not checked";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    @Test
    void theJavaOnlyQuotingIsNeverWritten() {
        String pattern = PortableRegex.listOf(List.of("a.b", "$x", "(c)"), ",");
        assertThat(pattern)
                .doesNotContain("\\Q")
                .doesNotContain("\\E")
                .doesNotContain("^")
                .doesNotContain("\\$")
                .isEqualTo("(a\\.b|[$]x|\\(c\\))(,(a\\.b|[$]x|\\(c\\)))*");
    }

    private record Case(String value, boolean member) {}

    private record Engine(String command, String flag, String script) {}

    /** Members: single codes and lists of them; non-members: near misses an engine might let through. */
    private static List<Case> cases(List<String> codes, Random random) {
        List<Case> out = new ArrayList<>();
        for (String code : codes) {
            out.add(new Case(code, true));
        }
        out.add(new Case(String.join(",", codes), true));
        out.add(new Case(codes.get(0) + "," + codes.get(codes.size() - 1) + "," + codes.get(0), true));
        for (String miss : List.of(
                "",
                ",",
                codes.get(0) + ",",
                "," + codes.get(0),
                codes.get(0) + "x",
                "Q" + codes.get(0) + "E",
                codes.get(0).substring(1),
                "\\Q" + codes.get(0) + "\\E",
                String.join("", codes) + "!")) {
            out.add(new Case(miss, isList(miss, codes)));
        }
        out.add(new Case(randomCode(random), isList(randomCode(random), codes)));
        return out.stream().map(c -> new Case(c.value, isList(c.value, codes))).toList();
    }

    private static boolean isList(String value, List<String> codes) {
        // The truth without regular expressions: some split on commas into codes. Codes may hold
        // no comma (the generator never makes one), so the split is unique.
        for (String part : value.split(",", -1)) {
            if (!codes.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static String randomCode(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static Validator xsd(String pattern) throws SAXException {
        String attribute = pattern.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\t", "&#9;");
        String schema =
                "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"v\"><xs:simpleType>"
                        + "<xs:restriction base=\"xs:string\"><xs:pattern value=\"" + attribute
                        + "\"/></xs:restriction>"
                        + "</xs:simpleType></xs:element></xs:schema>";
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema compiled = factory.newSchema(new StreamSource(new StringReader(schema)));
        return compiled.newValidator();
    }

    private static boolean xsdAccepts(Validator validator, String value) throws IOException {
        String text = value.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "&#9;");
        try {
            validator.validate(new StreamSource(new StringReader("<v>" + text + "</v>")));
            return true;
        } catch (SAXException e) {
            return false;
        }
    }

    private JsonNode run(Path exe, Engine engine, Path input) throws IOException, InterruptedException {
        Path out = dir.resolve(engine.command + ".out");
        Path err = dir.resolve(engine.command + ".err");
        Process p = new ProcessBuilder(exe.toString(), engine.flag, engine.script, input.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(engine.command + " did not finish within a minute");
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return JSON.readTree(Files.readString(out));
    }

    private static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Paths.get(d, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
