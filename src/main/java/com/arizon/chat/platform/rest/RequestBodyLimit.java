package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.PayloadTooLargeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * JSON bodies over the limit (256 KiB by default) are refused with 413: at once when the declared
 * length says so, otherwise as soon as reading passes the limit, so no oversized body is buffered.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "chat.http.max-body-bytes", defaultValue = "262144")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(ErrorResponses.of(413, ErrorCode.VALIDATION_ERROR,
                    "Request body too large: the limit is " + maxBytes + " bytes"));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) throws PayloadTooLargeException {
            count += read;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
