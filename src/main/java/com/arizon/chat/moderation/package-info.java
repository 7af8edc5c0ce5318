/**
 * Content moderation: the configurable word filter applied to every message written, and the audit
 * log of moderation actions (who did what to whom, and when), readable at {@code /api/admin/audit}.
 *
 * <p>Uses the platform, security and user.
 */
package com.arizon.chat.moderation;
