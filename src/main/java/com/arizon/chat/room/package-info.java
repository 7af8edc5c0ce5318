/**
 * Rooms, participants and bans: creating, changing, joining and leaving rooms, participant roles,
 * mutes, kicks, bans and ownership hand-over, and who may see and do what in a room
 * ({@link com.arizon.chat.room.control.RoomAccess}); REST resources in {@code boundary}, services and
 * views in {@code control}, JPA entities in {@code entity}.
 *
 * <p>Uses the platform, security, user and moderation, never the message feature: the SYSTEM
 * messages announcing membership changes go through {@link
 * com.arizon.chat.room.control.RoomAnnouncements}, which the message feature implements, and room
 * lists read a room's last message as columns.
 */
package com.arizon.chat.room;
