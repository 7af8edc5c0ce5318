package com.arizon.chat.platform.api;

import com.arizon.chat.platform.text.CleanText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Path ids and query values holding U+0000 or unpaired surrogates never reach a service (contract 8.21). */
@Provider
public class CleanParametersFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> {
            if (!CleanText.isClean(value) || !CleanText.isClean(name)) {
                throw ChatException.validation(name, "contains U+0000 or an unpaired surrogate");
            }
        }));
    }
}
