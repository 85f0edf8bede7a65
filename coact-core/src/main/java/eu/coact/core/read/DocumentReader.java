package eu.coact.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON and YAML written by people, safely, for every module. Hostile or broken input
 * becomes a {@link eu.coact.core.problem.Problems} report with line and column; it never
 * escapes as an exception, and never exhausts memory or the stack:
 *
 * <ul>
 *   <li>size, nesting depth, text, name and number lengths are bounded ({@link ReadLimits});</li>
 *   <li>YAML aliases are refused (so alias bombs cannot expand), as are custom YAML tags and
 *       more than one document per file;</li>
 *   <li>duplicate keys are refused rather than silently overwritten;</li>
 *   <li>binding never instantiates a class named by the input (no polymorphic default typing).</li>
 * </ul>
 *
 * <pre>{@code
 * Validated<SourceDocument> doc = DocumentReader.standard().read(Path.of("study.yaml"));
 * Validated<StudySettings> settings = doc.flatMap(d -> d.bind(StudySettings.class));
 * }</pre>
 */
public final class DocumentReader {

    private static final DocumentReader STANDARD = new DocumentReader(ReadLimits.DEFAULT);
    private final ReadLimits limits;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    private DocumentReader(ReadLimits limits) {
        this.limits = limits;
        // Keys are not interned: a file with hundreds of thousands of distinct keys would otherwise
        // fill the JVM's string table, and take seconds to do it.
        this.json = configure(JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints(limits))
                        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                        .build()))
                .build();
        this.yaml = configure(YAMLMapper.builder(yamlFactory(limits))).build();
    }

    /** The reader with {@link ReadLimits#DEFAULT}. */
    public static DocumentReader standard() {
        return STANDARD;
    }

    /** A reader with other limits, e.g. larger files for a data import. */
    public static DocumentReader withLimits(ReadLimits limits) {
        return new DocumentReader(Objects.requireNonNull(limits, "limits"));
    }

    /** The limits this reader enforces. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * A mapper configured like the reader's, for writing documents back or for binding that a
     * module does itself. Each call returns a fresh copy that the caller may configure further.
     *
     * @param format JSON or YAML
     * @return a new mapper
     */
    public ObjectMapper mapper(DocumentFormat format) {
        return (format == DocumentFormat.JSON ? json : yaml).copy();
    }

    /**
     * A JSON tree as the SDK publishes JSON files: two-space indent, LF line ends and a final
     * newline, so that the same tree always gives the same bytes on every platform.
     *
     * @param tree the tree
     * @return the text
     * @throws UncheckedIOException when the tree cannot be serialised
     */
    public String writeJson(JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return json.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file; the format comes from its extension. Only a regular file is read, never through
     * a symbolic link and never a device or FIFO (see {@link RegularFiles}).
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the document, or the problems that stop it from being read
     */
    public Validated<SourceDocument> read(Path file) {
        String source = file.toString();
        var format = DocumentFormat.of(file);
        if (format.isEmpty()) {
            return Validated.invalid(Problem.error(
                    "unknown-format",
                    "The file name must end in .json, .yaml or .yml to say its format.",
                    Location.of(source)));
        }
        return read(file, format.get());
    }

    /**
     * Reads a file in a given format.
     *
     * @param file   the file
     * @param format its format
     * @return the document, or the problems that stop it from being read
     */
    public Validated<SourceDocument> read(Path file, DocumentFormat format) {
        // One byte over the limit is read so that a too-large document is reported as such.
        return RegularFiles.readBytes(file, limits.maxBytes() + 1L)
                .flatMap(bytes -> read(file.toString(), bytes, format));
    }

    /**
     * Reads a document held in memory.
     *
     * @param source a name for reports, e.g. the file name it came from
     * @param text   the document text
     * @param format its format
     * @return the document, or the problems that stop it from being read
     */
    public Validated<SourceDocument> read(String source, String text, DocumentFormat format) {
        return read(source, text.getBytes(StandardCharsets.UTF_8), format);
    }

    /**
     * Reads a document from UTF-8 bytes.
     *
     * @param source a name for reports
     * @param bytes  the document, UTF-8 (a byte-order mark is allowed)
     * @param format its format
     * @return the document, or the problems that stop it from being read
     */
    public Validated<SourceDocument> read(String source, byte[] bytes, DocumentFormat format) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        if (bytes.length > limits.maxBytes()) {
            return Validated.invalid(Problem.error(
                    "document-too-large",
                    "The document is larger than " + limits.maxBytes() + " bytes; split it into several files.",
                    Location.of(source)));
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        if (format == DocumentFormat.YAML) {
            Optional<Problem> longLine = YamlLines.longestLine(source, bytes, offset, limits.maxStringLength());
            if (longLine.isPresent()) {
                return Validated.invalid(longLine.get());
            }
        }
        try {
            return parse(source, bytes, offset, format);
        } catch (OutOfMemoryError e) {
            // A last line of defence: the limits keep a document far below the heap, but a process
            // already short of memory must still answer with a report, not die in the user's face.
            return Validated.invalid(Problem.error(
                    "limit-exceeded",
                    "There was not enough memory to read this document; split it into smaller files.",
                    Location.of(source)));
        }
    }

    private Validated<SourceDocument> parse(String source, byte[] bytes, int offset, DocumentFormat format) {
        ObjectMapper mapper = format == DocumentFormat.JSON ? json : yaml;
        try (JsonParser parser = mapper.createParser(bytes, offset, bytes.length - offset)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Validated.invalid(
                        Problem.error("document-empty", "The document is empty.", Location.of(source)));
            }
            NodePositions positions = new TreeBuilder(source, parser, limits).build();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return Validated.invalid(Problem.error(
                        "several-documents",
                        "Only one document per file is read; remove what follows the first one (e.g. a second '---').",
                        Location.of(source, "", line(at), column(at))));
            }
            return Validated.valid(new SourceDocument(source, format, positions, this));
        } catch (TreeBuilder.Refused refused) {
            return Validated.invalid(refused.problem());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate field")) {
                return Validated.invalid(Problem.error(
                        "duplicate-key",
                        message.replace("Duplicate field", "The key") + " appears twice in the same mapping; keep one.",
                        Location.of(source, "", line(at), column(at))));
            }
            if (isLimit(message)) {
                return Validated.invalid(Problem.error(
                        "limit-exceeded",
                        "The document exceeds a safety limit: " + firstLine(message),
                        Location.of(source, "", line(at), column(at))));
            }
            return Validated.invalid(Problem.error(
                    "syntax-error",
                    "This is not valid " + format.name() + ": " + firstLine(e.getOriginalMessage()),
                    Location.of(source, "", line(at), column(at))));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // SnakeYAML reports its own limits (code points, nesting) as unchecked exceptions.
            String message = String.valueOf(e.getMessage());
            return Validated.invalid(Problem.error(
                    isLimit(message) ? "limit-exceeded" : "syntax-error",
                    (isLimit(message)
                                    ? "The document exceeds a safety limit: "
                                    : "This is not valid " + format.name() + ": ")
                            + firstLine(message),
                    Location.of(source)));
        }
    }

    private static boolean isLimit(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("exceeds the maximum")
                || lower.contains("exceeds the limit")
                || lower.contains("exceeded max")
                || lower.contains("nesting depth");
    }

    /**
     * Reads a file and binds it to a type in one step.
     *
     * @param file the file
     * @param type the type to bind to
     * @param <T>  the type
     * @return the value, or every problem found
     */
    public <T> Validated<T> read(Path file, Class<T> type) {
        return read(file).flatMap(doc -> doc.bind(type));
    }

    <T> Validated<T> bind(SourceDocument doc, JsonNode node, String basePointer, Class<T> type) {
        ObjectMapper mapper = doc.format() == DocumentFormat.JSON ? json : yaml;
        if (node == null || node.isMissingNode()) {
            return Validated.invalid(
                    Problem.error("missing-field", "Nothing is written here.", doc.locate(basePointer)));
        }
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                return Validated.invalid(
                        Problem.error("missing-field", "A value is needed here, not null.", doc.locate(basePointer)));
            }
            return Validated.valid(value);
        } catch (JsonMappingException e) {
            String pointer = basePointer + pointerOf(e);
            return Validated.invalid(Problem.error(codeOf(e), explain(e), doc.locate(pointer)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Validated.invalid(
                    Problem.error("invalid-value", firstLine(e.getMessage()), doc.locate(basePointer)));
        }
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/');
            if (ref.getFieldName() != null) {
                out.append(SourceDocument.escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append(ref.getIndex());
            }
        }
        return out.toString();
    }

    private static String codeOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown-field";
        }
        if (e instanceof ValueInstantiationException) {
            return "invalid-value";
        }
        if (e instanceof InvalidFormatException) {
            return "wrong-type";
        }
        if (e instanceof MismatchedInputException) {
            return "wrong-type";
        }
        return "invalid-value";
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return "Unknown field '" + u.getPropertyName() + "'"
                    + (known.isEmpty() ? "." : "; the fields here are: " + known + ".");
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            return firstLine(cause.getMessage() == null ? "This value is not valid here." : cause.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + describe(f.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getTargetType() != null) {
                String msg = String.valueOf(m.getOriginalMessage());
                if (msg.contains("Missing required creator property")) {
                    return "A required field is missing: " + msg.replaceAll(".*'([^']+)'.*", "$1") + ".";
                }
                return "Expected " + describe(m.getTargetType()) + " here.";
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return firstLine(cause.getMessage());
        }
        return firstLine(String.valueOf(e.getOriginalMessage()));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "mapping (object)";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.length() == 0 ? "" : ", ").append(constant.toString());
            }
            return "choice (one of " + values + ")";
        }
        return type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static int line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    }

    static int column(JsonLocation at) {
        return at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
    }

    private static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
    }

    private static YAMLFactory yamlFactory(ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxBytes());
        return YAMLFactory.builder()
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .loaderOptions(options)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
            B configure(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // Nothing in the input may name a class to instantiate.
                .polymorphicTypeValidator(
                        BasicPolymorphicTypeValidator.builder().build())
                .addModule(new JavaTimeModule());
    }
}
