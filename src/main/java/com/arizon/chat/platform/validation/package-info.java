/**
 * Constraints for request bodies. Records must not carry {@code @Min}, {@code @Max}, {@code @Size}
 * and their kin: their annotations propagate to the canonical constructor's parameters, and
 * Payara's OpenAPI scanner fails with a NullPointerException on such a parameter that is not a JAX-RS
 * {@code @PathParam}, taking {@code /openapi} down. These constraints do the same checks and are not
 * scanned; pair them with {@code @Schema(minimum/maximum/maxItems)} where the document should show
 * the bound.
 */
package com.arizon.chat.platform.validation;
