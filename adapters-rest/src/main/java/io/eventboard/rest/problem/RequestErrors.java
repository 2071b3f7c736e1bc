package io.eventboard.rest.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads why the framework could not turn a request into a controller's arguments, and says it in the client's
 * terms: which field (snake_case, as sent), and what is wrong with it. Parser and class names never leave the
 * server; a malformed body is located by line and column only.
 */
final class RequestErrors {

    /** What a refused request comes to: a detail sentence, a stable code, and the fields at fault. */
    record Diagnosis(String code, String detail, List<Problem.FieldProblem> fields) {
    }

    static final String NOT_A_FIELD = "is not a known field";
    static final String WRONG_TYPE = "has the wrong type";
    static final String REQUIRED = "is required";

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern MISSING_PARAMETER =
            Pattern.compile("Required (?:constructor|argument|property) (?:parameter )?\\[([^\\]]+)\\]");
    private static final int MAX_CAUSES = 16;

    private RequestErrors() {
    }

    /** The diagnosis of a 400, when the cause is one this class knows; empty otherwise. */
    static Optional<Diagnosis> diagnose(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Optional<Diagnosis> malformed = malformedJson(chain);
        if (malformed.isPresent()) {
            return malformed;
        }
        Optional<SerdeException> serde = find(chain, SerdeException.class);
        if (serde.isPresent()) {
            return Optional.of(body(serde.get()));
        }
        Optional<ConversionErrorException> conversion = find(chain, ConversionErrorException.class);
        if (conversion.isPresent()) {
            Argument<?> argument = conversion.get().getArgument();
            return Optional.of(isBody(argument) ? shapeless() : field(Problems.wireName(argument.getName()),
                    WRONG_TYPE + " (expected " + expected(argument) + ")"));
        }
        Optional<UnsatisfiedArgumentException> unsatisfied = find(chain, UnsatisfiedArgumentException.class);
        if (unsatisfied.isPresent()) {
            Argument<?> argument = unsatisfied.get().getArgument();
            return Optional.of(isBody(argument)
                    ? new Diagnosis("request.body-required", "The request needs a JSON body.", List.of())
                    : field(Problems.wireName(argument.getName()), REQUIRED));
        }
        return Optional.empty();
    }

    private static Optional<Diagnosis> malformedJson(List<Throwable> chain) {
        Optional<JsonProcessingException> parse = find(chain, JsonProcessingException.class);
        boolean syntax = find(chain, JsonSyntaxException.class).isPresent();
        if (parse.isEmpty() && !syntax) {
            return Optional.empty();
        }
        String where = parse.map(JsonProcessingException::getLocation)
                .filter(location -> location.getLineNr() > 0)
                .map(RequestErrors::lineAndColumn).orElse("");
        return Optional.of(new Diagnosis("request.malformed-json", "The body is not valid JSON" + where + ".",
                List.of()));
    }

    private static String lineAndColumn(JsonLocation location) {
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static Diagnosis body(SerdeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return field(unknownField(failure.getPath(), unknown.group(1)), NOT_A_FIELD);
        }
        List<ReferencePath> path = failure.getPath();
        if (path != null && !path.isEmpty()) {
            Argument<?> leaf = path.get(0).getArgument();
            return field(dotted(path), WRONG_TYPE + (leaf == null ? "" : " (expected " + expected(leaf) + ")"));
        }
        Matcher missing = MISSING_PARAMETER.matcher(message);
        if (missing.find()) {
            return field(Problems.wireName(missing.group(1)), REQUIRED);
        }
        return shapeless();
    }

    private static Diagnosis shapeless() {
        return new Diagnosis("request.invalid-body", "The body does not have the expected shape.", List.of());
    }

    private static Diagnosis field(String name, String message) {
        return new Diagnosis(Problems.VALIDATION, name + " " + message,
                List.of(new Problem.FieldProblem(name, message)));
    }

    /** The unknown property with the path to it ({@code venue.x}); the path may or may not end with it already. */
    private static String unknownField(List<ReferencePath> path, String property) {
        String where = path == null ? "" : dotted(path);
        if (where.isEmpty() || where.equals(property) || where.endsWith("." + property)) {
            return where.isEmpty() ? property : where;
        }
        return where + "." + property;
    }

    /**
     * {@code tags[2]}, {@code venue.city}: the field as the client wrote it. Serde records the path innermost
     * first, as the failure travels outward.
     */
    private static String dotted(List<ReferencePath> path) {
        StringBuilder name = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                name.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                name.append(name.length() == 0 ? "" : ".").append(entry.key());
            } else if (step.getArgument() != null) {
                name.append(name.length() == 0 ? "" : ".").append(Problems.wireName(step.getArgument().getName()));
            }
        }
        return name.toString();
    }

    /** What the client should have sent, in JSON words. */
    static String expected(Argument<?> argument) {
        Class<?> type = argument.getWrapperType();
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time such as 2030-01-31T18:00:00Z";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    /** {@code failure} and its causes, outermost first. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < MAX_CAUSES && !chain.contains(cause);
             cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static <T> Optional<T> find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
