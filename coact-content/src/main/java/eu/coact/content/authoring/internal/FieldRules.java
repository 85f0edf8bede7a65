package eu.coact.content.authoring.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.StudyPlan;
import eu.coact.core.problem.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field-level constraints declared on the model (Jakarta Validation annotations), checked by
 * Hibernate Validator and reported at the path of the field in the authoring format.
 * Messages are interpolated without the expression language: content never evaluates code.
 */
public final class FieldRules {

    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private FieldRules() {}

    /** Checks one block's fields. */
    public static void check(ContentBlock block, Origin origin, Problems.Builder problems) {
        Holder.VALIDATOR.validate(block).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> report(v, origin, problems));
    }

    /** Checks the study plan's fields. */
    public static void check(StudyPlan plan, Origin origin, Problems.Builder problems) {
        Holder.VALIDATOR.validate(plan).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> report(v, origin, problems));
    }

    private static void report(ConstraintViolation<?> violation, Origin origin, Problems.Builder problems) {
        String pointer = pointer(violation.getPropertyPath());
        String message = violation.getMessage();
        problems.error(
                "invalid-value",
                Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".",
                origin.locate(pointer));
    }

    /** The JSON Pointer (in authoring-format names) of a property path such as {@code messages[q1].options[0].value}. */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getKey();
                Integer index = node.getIndex();
                if (key != null) {
                    out.append('/').append(eu.coact.core.read.SourceDocument.escape(key.toString()));
                } else if (index != null) {
                    out.append('/').append(index);
                }
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                out.append('/').append(kebab(node.getName()));
            }
        }
        return out.toString();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
