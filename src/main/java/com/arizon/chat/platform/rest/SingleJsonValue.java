package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A JSON body is one JSON value with nothing after it but whitespace; {@code {}{}} is malformed
 * (contract 8.3), though JSON-B would read its first value and stop. The body, small by then
 * ({@link RequestBodyLimit}), is read once here and checked with a streaming parser; a body that is
 * not JSON at all is left to JSON-B, which says what is wrong with it.
 */
@Provider
public class SingleJsonValue implements ReaderInterceptor {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (somethingFollowsTheValue(body)) {
            throw new ChatException(ErrorCode.VALIDATION_ERROR, "Malformed JSON: something follows the body's value");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Walks the first value event by event: the parser's skipObject never returns at a cut-off end. */
    private static boolean somethingFollowsTheValue(byte[] body) {
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                return false;
            }
            int depth = 0;
            do {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            } while (depth > 0);
            try {
                return parser.hasNext();
            } catch (JsonParsingException notWhitespace) {
                return true;
            }
        } catch (RuntimeException notJsonToBeginWith) {
            return false;
        }
    }
}
