/**
 * Who is asking and what they may do. In {@code control}: token verification for REST and the
 * real-time transports, the built-in issuer (registration, login, signing keys, the login throttle),
 * {@link com.arizon.chat.security.control.Caller} and
 * {@link com.arizon.chat.security.control.UserProfile}, permissions granted to global roles and the
 * {@link com.arizon.chat.security.control.RequiresPermission} interceptor. In {@code entity}: local
 * accounts and role grants. In {@code boundary}: the bearer token mechanism, the REST rate limit,
 * login and the permission editor.
 *
 * <p>Uses the platform only. The users table it reaches through
 * {@link com.arizon.chat.security.control.UserRecords}, which the user feature implements.
 */
package com.arizon.chat.security;
