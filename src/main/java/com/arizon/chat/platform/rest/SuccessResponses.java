package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ApiResponse;
import jakarta.ws.rs.core.Response;

/** Success replies whose status depends on the outcome, in the envelope. */
public final class SuccessResponses {

    private SuccessResponses() {
    }

    /** 201 when the call created the resource, 200 when it found it (an idempotent retry or a unique pair). */
    public static Response createdOrFound(boolean created, ApiResponse<?> body) {
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }
}
