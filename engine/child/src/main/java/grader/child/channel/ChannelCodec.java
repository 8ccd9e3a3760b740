package grader.child.channel;

import grader.child.protocol.ChildEvent;
import grader.child.protocol.RecordFields;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wire format of the results channel, shared by its writer (in the child JVM) and its reader
 * (in the grader): one {@link ChildEvent} per line,
 *
 * <pre>@@grader SEQ TYPE NAME=VALUE... MAC</pre>
 *
 * where TYPE is the event record's simple name, each NAME=VALUE is one of its fields
 * ({@link RecordFields}) with VALUE in Base64 of its UTF-8 text, SEQ counts from 0 without gaps,
 * and MAC is the HMAC-SHA256 of everything before it under a key that only the grader and the
 * child's channel know. Student code in the child cannot learn the key (it is read from standard
 * input before any student class loads, and the static policy forbids reflection), so it cannot
 * forge or reorder messages; it can only garble or suppress them, which loses points and never
 * gains any.
 *
 * <p>Decoding checks the MAC and the sequence number before it reads anything else of the line;
 * an authentic line that is still not a well-formed event (which only a child built from other
 * sources could send) is rejected like a forgery, never thrown at the reader.
 *
 * <p>Instances are immutable and thread-safe; each call creates its own {@link Mac}.
 */
public final class ChannelCodec {

    public static final String PREFIX = "@@grader";
    private static final String ALGORITHM = "HmacSHA256";
    /** The event types by name: the sealed interface's own list, so that no other class is ever looked up. */
    private static final Map<String, Class<? extends ChildEvent>> EVENT_TYPES =
            Arrays.stream(ChildEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(ChildEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final SecretKeySpec key;

    public ChannelCodec(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the channel key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String encode(long sequence, ChildEvent event) {
        StringBuilder line = new StringBuilder(PREFIX).append(' ').append(sequence).append(' ')
                .append(event.getClass().getSimpleName());
        Base64.Encoder base64 = Base64.getEncoder();
        RecordFields.write((Record) event).forEach((name, value) -> line.append(' ').append(name).append('=')
                .append(base64.encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        String signed = line.toString();
        return signed + ' ' + HexFormat.of().formatHex(mac(signed));
    }

    /**
     * The event carried by {@code line} if it is an authentic channel line with the expected
     * sequence number and a well-formed event; empty for any other line (student output, garbage,
     * forgeries, replays).
     */
    public Optional<ChildEvent> decode(String line, long expectedSequence) {
        if (!line.startsWith(PREFIX + ' ')) {
            return Optional.empty();
        }
        int lastSpace = line.lastIndexOf(' ');
        String signed = line.substring(0, lastSpace);
        byte[] claimedMac;
        try {
            claimedMac = HexFormat.of().parseHex(line.substring(lastSpace + 1));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(claimedMac, mac(signed))) {
            return Optional.empty();
        }
        String[] tokens = signed.split(" ", -1);
        if (tokens.length < 3 || !tokens[1].equals(Long.toString(expectedSequence))) {
            return Optional.empty();
        }
        Class<? extends ChildEvent> type = EVENT_TYPES.get(tokens[2]);
        if (type == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            for (int i = 3; i < tokens.length; i++) {
                int equals = tokens[i].indexOf('=');
                String name = tokens[i].substring(0, Math.max(0, equals));
                String value = new String(base64.decode(tokens[i].substring(equals + 1)), StandardCharsets.UTF_8);
                if (equals <= 0 || fields.put(name, value) != null) {
                    return Optional.empty();
                }
            }
            return Optional.of(RecordFields.read(type.asSubclass(Record.class), fields)).map(ChildEvent.class::cast);
        } catch (IllegalArgumentException malformed) { // bad Base64, or RecordFields' MalformedFieldsException
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
