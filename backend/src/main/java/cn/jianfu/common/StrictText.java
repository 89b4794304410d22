package cn.jianfu.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads the text fields of every request body: a JSON string, and only a well-formed one. Jackson
 * on its own turns {@code 12345} or {@code true} into text and keeps a lone surrogate
 * ({@code "\ud800"}, or its raw bytes), which the database can store only as "?"; both are refused
 * here, and {@link ApiExceptionHandler} answers 400 naming the field.
 */
final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (!wellFormed(text)) {
            throw new MalformedText(p);
        }
        return text;
    }

    /** Every surrogate is half of a pair: a high one followed by a low one. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    /** A string with half a character: no person typed it. */
    static final class MalformedText extends MismatchedInputException {

        MalformedText(JsonParser p) {
            super(p, "text with a lone surrogate (malformed UTF-16)", String.class);
        }
    }
}
