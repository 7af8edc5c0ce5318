/**
 * People: the {@link com.arizon.chat.user.entity.User} row kept in line with each verified token
 * (just-in-time provisioning), reads of users for views, who is online, and the search that finds
 * people to invite: the entity in {@code entity}, services in {@code control}, {@code /api/users} in
 * {@code boundary}.
 *
 * <p>Uses the platform and security; implements security's {@link
 * com.arizon.chat.security.control.UserRecords}.
 */
package com.arizon.chat.user;
