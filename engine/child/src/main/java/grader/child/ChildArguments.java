package grader.child;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line the grader gives a child JVM's entry point: {@code --name value} pairs, where
 * list values are comma-separated. Both sides use this class, so the grader builds exactly what
 * the child parses. Immutable.
 */
public final class ChildArguments {

    private final Map<String, String> values;

    private ChildArguments(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static ChildArguments parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("expected --name value pairs: " + Arrays.toString(args));
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option name, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        return new ChildArguments(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    public int number(String name) {
        return Integer.parseInt(text(name));
    }

    public List<String> list(String name) {
        String value = text(name);
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    public Set<String> set(String name) {
        return Set.copyOf(list(name));
    }

    /** Builds the argument list in the order options are added. */
    public static final class Builder {
        private final java.util.ArrayList<String> args = new java.util.ArrayList<>();

        public Builder with(String name, Object value) {
            args.add("--" + name);
            args.add(String.valueOf(value));
            return this;
        }

        public Builder withList(String name, java.util.Collection<String> values) {
            return with(name, String.join(",", values));
        }

        public List<String> build() {
            return List.copyOf(args);
        }
    }
}
