package grader.child.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wire format of the results channel, shared by its writer (in the child JVM) and its reader
 * (in the grader). A message is one line:
 *
 * <pre>@@grader SEQ TYPE FIELD... MAC</pre>
 *
 * where each FIELD is Base64 of its UTF-8 text, SEQ counts from 0 without gaps, and MAC is the
 * HMAC-SHA256 of everything before it under a key that only the grader and the child's channel
 * know. Student code in the child cannot learn the key (it is read from standard input before
 * any student class loads, and the static policy forbids reflection), so it cannot forge or
 * reorder messages; it can only garble or suppress them, which loses points and never gains any.
 *
 * <p>Instances are immutable and thread-safe; each call creates its own {@link Mac}.
 */
public final class ChannelCodec {

    public static final String PREFIX = "@@grader";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ChannelCodec(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the channel key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String encode(long sequence, ChannelMessage message) {
        StringBuilder line = new StringBuilder(PREFIX).append(' ').append(sequence).append(' ')
                .append(message.type());
        Base64.Encoder base64 = Base64.getEncoder();
        for (String field : message.fields()) {
            line.append(' ').append(base64.encodeToString(field.getBytes(StandardCharsets.UTF_8)));
        }
        String signed = line.toString();
        return signed + ' ' + HexFormat.of().formatHex(mac(signed));
    }

    /**
     * The message carried by {@code line} if it is an authentic channel line with the expected
     * sequence number; empty for any other line (student output, garbage, forgeries, replays).
     */
    public Optional<ChannelMessage> decode(String line, long expectedSequence) {
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
        List<String> fields = new ArrayList<>();
        Base64.Decoder base64 = Base64.getDecoder();
        for (int i = 3; i < tokens.length; i++) {
            fields.add(new String(base64.decode(tokens[i]), StandardCharsets.UTF_8));
        }
        return Optional.of(new ChannelMessage(tokens[2], fields));
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
