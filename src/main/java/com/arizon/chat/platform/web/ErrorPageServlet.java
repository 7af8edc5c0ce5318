package com.arizon.chat.platform.web;

import com.arizon.chat.platform.api.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (web.xml): errors raised before the application sees a request, such
 * as a token MicroProfile JWT rejects or a path nothing serves, still answer in the envelope.
 */
@WebServlet("/error-envelope")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
        switch (status) {
            case 401 -> ErrorEnvelopeWriter.write(response, 401, ErrorCode.UNAUTHORIZED, "Missing or invalid token");
            case 403 -> ErrorEnvelopeWriter.write(response, 403, ErrorCode.FORBIDDEN, "You may not do this");
            case 405 -> ErrorEnvelopeWriter.write(response, 405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed here");
            case 413 -> ErrorEnvelopeWriter.write(response, 413, ErrorCode.VALIDATION_ERROR, "Request too large");
            case 404 -> ErrorEnvelopeWriter.write(response, 404, ErrorCode.NOT_FOUND, "No such resource");
            default -> ErrorEnvelopeWriter.write(response, status,
                    status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_ERROR,
                    status >= 500 ? "Unexpected error" : "Malformed request");
        }
    }
}
