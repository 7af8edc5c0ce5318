package com.arizon.chat.platform.web;

import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.ErrorResponse;
import com.arizon.chat.platform.json.JsonbConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the error envelope straight to a servlet response, for errors raised outside JAX-RS. */
final class ErrorEnvelopeWriter {

    private ErrorEnvelopeWriter() {
    }

    static void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        byte[] body = JsonbConfiguration.jsonb().toJson(ErrorResponse.of(code, message, List.of()))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
