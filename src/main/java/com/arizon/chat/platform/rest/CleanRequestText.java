package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.text.CleanText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Path parameters and query values holding U+0000 or an unpaired surrogate are refused with
 * {@code VALIDATION_ERROR} (contract 8.21) before any resource sees them, so they never reach the
 * database. Bodies are checked by the JSON-B configuration.
 */
@Provider
public class CleanRequestText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String dirty = firstDirty(uri.getPathParameters());
        if (dirty == null) {
            dirty = firstDirty(uri.getQueryParameters());
        }
        if (dirty != null) {
            request.abortWith(ErrorResponses.of(ChatException.validation(dirty,
                    "contains U+0000 or an unpaired surrogate")));
        }
    }

    private static String firstDirty(MultivaluedMap<String, String> values) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            for (String value : entry.getValue()) {
                if (value != null && !CleanText.isClean(value)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
