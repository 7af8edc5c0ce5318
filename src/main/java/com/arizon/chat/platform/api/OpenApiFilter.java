package com.arizon.chat.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document (registered by {@code mp.openapi.filter}): it declares the
 * {@link ErrorAnswers}, and gives every operation, besides the error answers it names, those any
 * operation can give (bad input in the path, query, body or token claims; a bad token, which
 * register and login check too when one is sent; a body too large; too many requests) and a
 * {@code default} response, the {@link ErrorResponse} envelope, for the rest (405, 406, 415, 500).
 * It also tidies what Payara's scanner leaves behind: each {@code @Schema} annotation contributes
 * every attribute it has, defaults included (which would claim, for example,
 * {@code maxProperties: 0}), enums lack their type, an explicit integer format stays on a
 * {@code number}, a tag used by several resources is listed once per resource, and Payara's own
 * {@code endpoints} map is not OpenAPI.
 */
public class OpenApiFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiFilter.class.getName());

    static final String ERROR_SCHEMA = "#/components/schemas/ErrorResponse";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse()
                    .description("Any other failure (405, 406, 415, 500): the error envelope")
                    .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)))));
        }
        addIfAbsent(responses, "400", ErrorAnswers.BAD_REQUEST);
        addIfAbsent(responses, "401", ErrorAnswers.UNAUTHORIZED);
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", ErrorAnswers.PAYLOAD_TOO_LARGE);
        }
        addIfAbsent(responses, "429", ErrorAnswers.RATE_LIMITED);
        return operation;
    }

    private static void addIfAbsent(APIResponses responses, String status, String answer) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ErrorAnswers.RESPONSES + answer));
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() != null
                && schema.getFormat().startsWith("int")) {
            schema.setType(Schema.SchemaType.INTEGER);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
            schema.setType(Schema.SchemaType.STRING);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        ErrorAnswers.declareIn(openAPI);
        // Generic, so it says nothing; each endpoint names its own envelope (e.g. ChatRoomReply).
        openAPI.getComponents().removeSchema(ApiResponse.class.getSimpleName());
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> distinct = new LinkedHashMap<>();
        openAPI.getTags().forEach(tag -> distinct.putIfAbsent(tag.getName(), tag));
        List<Tag> tags = new ArrayList<>(distinct.values());
        tags.sort((a, b) -> a.getName().compareTo(b.getName()));
        openAPI.setTags(tags);
    }

    /**
     * Payara adds a top-level {@code endpoints} map that OpenAPI 3 does not have, and validating
     * client generators refuse the document for it. An empty map is left out (null breaks Payara's
     * copy of the document); other implementations have nothing to remove.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException e) {
            LOG.fine(() -> "No endpoints map to drop: " + e);
        }
    }
}
