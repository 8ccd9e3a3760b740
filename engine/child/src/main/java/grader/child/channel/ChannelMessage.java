package grader.child.channel;

import java.util.List;

/**
 * One event sent by the child JVM to the grader over the {@link ResultsChannel}: a type such as
 * {@code finished} and its fields, in an order fixed per type by the sender and its reader.
 * Immutable.
 */
public record ChannelMessage(String type, List<String> fields) {

    public ChannelMessage {
        if (type.isEmpty() || type.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a message type is one word: '" + type + "'");
        }
        fields = List.copyOf(fields);
    }

    public String field(int index) {
        return fields.get(index);
    }
}
