package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ChatException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain refusals become the envelope with their contract code and status. */
@Provider
public class ChatExceptionMapper implements ExceptionMapper<ChatException> {

    @Override
    public Response toResponse(ChatException e) {
        return ErrorResponses.of(e);
    }
}
