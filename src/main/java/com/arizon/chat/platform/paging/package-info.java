/**
 * Paging of long lists (message history, the audit log): what the query string asks for
 * ({@code PageQuery}, {@code PageRequest}, refused as {@code VALIDATION_ERROR} rather than clamped)
 * and the {@code pagination} of the reply. Transport-neutral: uses the errors of {@code api}, no JAX-RS.
 */
package com.arizon.chat.platform.paging;
