package disclosure.command.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the API accepts as JSON, strictly: a text is a JSON string, a number a JSON number, a code its name (not
 * its position), one document per body, and no text carries control characters (NUL, which PostgreSQL cannot
 * store in JSON, above all) or unpaired surrogates, and a date is {@code YYYY-MM-DD}. Jackson's leniency would otherwise turn {@code true} into the
 * text "true", {@code "10"} into 10, {@code 1} into the second code of a list, and store them.
 */
public final class StrictJson {
    private StrictJson() {
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // A date is YYYY-MM-DD, a month YYYY-MM: not a date-time whose time Jackson would quietly drop, nor a number
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.configOverride(YearMonth.class).setFormat(JsonFormat.Value.forLeniency(false));
        return cleanText(mapper.registerModule(codesAsText()));
    }

    /** Only the refusal of texts no field may hold (for readers that must stay lenient otherwise). */
    public static ObjectMapper cleanText(ObjectMapper mapper) {
        return mapper.registerModule(new SimpleModule("clean-text").addDeserializer(String.class, new CleanText()));
    }

    /** Codes only as JSON strings: a code read through a factory method would otherwise take the number 1 as "1". */
    private static SimpleModule codesAsText() {
        return new SimpleModule("codes-as-text").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new CodeAsText(deserializer);
            }
        });
    }

    static final class CodeAsText extends DelegatingDeserializer {
        CodeAsText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CodeAsText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /** Whether a text has a character no field may hold: a control character other than tab and line breaks. */
    static boolean hasForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A text as Jackson reads it, refused if it holds a forbidden character. */
    static final class CleanText extends StdScalarDeserializer<String> {
        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasForbiddenCharacter(text)) {
                throw new ForbiddenCharacterException(parser, text);
            }
            return text;
        }
    }

    /** A text with a control character or an unpaired surrogate. */
    public static final class ForbiddenCharacterException extends InvalidFormatException {
        ForbiddenCharacterException(JsonParser parser, String text) {
            super(parser, "text contains a control character or an unpaired surrogate", text, String.class);
        }
    }
}
