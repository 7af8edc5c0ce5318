package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.BodyErrors;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, wrong types and oversized bodies, however the JSON-B provider reports them. */
public final class BodyReadingExceptionMapper {

    private BodyReadingExceptionMapper() {
    }

    /** A body JAX-RS could not read, whatever the cause: always the client's fault. */
    static Response toResponse(Throwable e) {
        return ErrorResponses.of(BodyErrors.toChatException(e), e);
    }

    @Provider
    public static class ForProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return BodyReadingExceptionMapper.toResponse(e);
        }
    }

    @Provider
    public static class ForJsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return ErrorResponses.from(e);
        }
    }
}
