package grader.child.protocol;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as named text fields and back, by its components' names: the one mapping behind both
 * the results channel's events and the child's command line.
 *
 * <p>A component of type {@code String}, {@code int}, {@code long}, {@code double},
 * {@code boolean} or an enum is one field named after it. A component that is itself a record
 * contributes its components' fields, named {@code outer.inner}. A {@code List} is a field holding
 * its size and one entry per element, named {@code list.0}, {@code list.1}, … (elements may be
 * records, named {@code list.0.inner}). Any other type is a mistake in the protocol and fails
 * at once when written.
 *
 * <p>Reading is strict, since the text may come from a child JVM that student code ran in: every
 * field must be present and well-formed, no field may be left over, and the record's own
 * constructor checks apply; anything else is a {@link MalformedFieldsException}, never another
 * exception. Stateless.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** Thrown when fields cannot be read back into the record asked for. */
    public static final class MalformedFieldsException extends IllegalArgumentException {
        MalformedFieldsException(String message) {
            super(message);
        }

        MalformedFieldsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The record's fields in the order of its components. */
    public static Map<String, String> write(Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        writeComponents("", record, fields);
        return fields;
    }

    /**
     * The record of class {@code type} that {@link #write} turned into {@code fields}.
     *
     * @throws MalformedFieldsException if a field is missing, unreadable or left over, or the
     *         record rejects its values
     */
    public static <R extends Record> R read(Class<R> type, Map<String, String> fields) {
        Reader reader = new Reader(fields);
        R record = reader.record("", type);
        if (reader.consumed != fields.size()) {
            throw new MalformedFieldsException("unexpected fields for " + type.getSimpleName() + ": " + fields.keySet());
        }
        return record;
    }

    private static void writeComponents(String prefix, Record record, Map<String, String> fields) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of a protocol record", e);
            }
            writeValue(prefix + component.getName(), value, fields);
        }
    }

    private static void writeValue(String name, Object value, Map<String, String> fields) {
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            fields.put(name, value.toString());
        } else if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name());
        } else if (value instanceof Record nested) {
            writeComponents(name + ".", nested, fields);
        } else if (value instanceof List<?> list) {
            fields.put(name, Integer.toString(list.size()));
            for (int i = 0; i < list.size(); i++) {
                writeValue(name + "." + i, list.get(i), fields);
            }
        } else {
            throw new IllegalArgumentException("not a protocol value: " + name + " = " + value);
        }
    }

    /** One reading; counts the fields it used, so that {@link #read} can tell when some are left over. */
    private static final class Reader {
        private final Map<String, String> fields;
        private int consumed;

        Reader(Map<String, String> fields) {
            this.fields = fields;
        }

        <R extends Record> R record(String prefix, Class<R> type) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(prefix + components[i].getName(), components[i].getGenericType());
            }
            Class<?>[] signature = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<R> canonical = type.getDeclaredConstructor(signature);
                return canonical.newInstance(values);
            } catch (InvocationTargetException rejected) {
                throw new MalformedFieldsException(type.getSimpleName() + " rejects its fields: "
                        + rejected.getCause(), rejected.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct the protocol record " + type.getName(), e);
            }
        }

        private Object value(String name, Type type) {
            Class<?> raw = type instanceof ParameterizedType parameterized
                    ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
            if (raw.isRecord()) {
                return record(name + ".", raw.asSubclass(Record.class));
            }
            String text = text(name);
            if (raw == List.class) {
                return list(name, text, ((ParameterizedType) type).getActualTypeArguments()[0]);
            }
            try {
                if (raw == String.class) {
                    return text;
                } else if (raw == int.class) {
                    return Integer.parseInt(text);
                } else if (raw == long.class) {
                    return Long.parseLong(text);
                } else if (raw == double.class) {
                    return Double.parseDouble(text);
                } else if (raw == boolean.class) {
                    return bool(name, text);
                } else if (raw.isEnum()) {
                    return enumConstant(raw.asSubclass(Enum.class), text);
                }
            } catch (IllegalArgumentException malformed) { // NumberFormatException and Enum.valueOf's
                throw new MalformedFieldsException("unreadable field " + name + ": " + malformed.getMessage(), malformed);
            }
            throw new IllegalStateException("not a protocol type: " + name + " of type " + type);
        }

        private List<Object> list(String name, String sizeText, Type elementType) {
            int size;
            try {
                size = Integer.parseInt(sizeText);
            } catch (NumberFormatException malformed) {
                throw new MalformedFieldsException("unreadable size of " + name + ": " + sizeText, malformed);
            }
            // Each element has a field at least, so a size past the fields given is garbage; checked
            // before allocating anything for it.
            if (size < 0 || size > fields.size()) {
                throw new MalformedFieldsException("impossible size of " + name + ": " + size);
            }
            List<Object> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(value(name + "." + i, elementType));
            }
            return elements;
        }

        private String text(String name) {
            String text = fields.get(name);
            if (text == null) {
                throw new MalformedFieldsException("missing field " + name);
            }
            consumed++;
            return text;
        }

        private static boolean bool(String name, String text) {
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new MalformedFieldsException("not a boolean: " + name + " = " + text);
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Enum<?> enumConstant(Class<? extends Enum> type, String name) {
            return Enum.valueOf(type, name);
        }
    }
}
