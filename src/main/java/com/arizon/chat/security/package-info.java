/**
 * Who is asking and what they may do: token verification for REST and the real-time transports, the
 * built-in issuer (registration, login, signing keys, the login throttle), {@link
 * com.arizon.chat.security.Caller} and {@link com.arizon.chat.security.UserProfile}, permissions
 * granted to global roles and the {@link com.arizon.chat.security.RequiresPermission} interceptor; in
 * {@code boundary}, the bearer token mechanism, the REST rate limit, login and the permission
 * editor.
 *
 * <p>Uses the platform only. The users table it reaches through {@link
 * com.arizon.chat.security.UserRecords}, which the user feature implements.
 */
package com.arizon.chat.security;
