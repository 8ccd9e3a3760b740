package grader.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.web.deadline.ExerciseTerms;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The templates' own filters: {@code points} (a number with at most two decimals), {@code utc}
 * (epoch milliseconds as a UTC date and time) and {@code json} (a value as JSON for a script,
 * with {@code <} escaped so it cannot close the script element).
 */
final class TemplateFilters extends AbstractExtension {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "points", filter(value -> value instanceof Number number ? points(number.doubleValue()) : ""),
                "utc", filter(value -> value instanceof Number number ? ExerciseTerms.show(number.longValue()) : ""),
                "json", filter(TemplateFilters::json));
    }

    static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Object json(Object value) {
        try {
            return new SafeString(JSON.writeValueAsString(value).replace("<", "\\u003c"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    private static Filter filter(Function<Object, Object> apply) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return apply.apply(input);
            }
        };
    }
}
