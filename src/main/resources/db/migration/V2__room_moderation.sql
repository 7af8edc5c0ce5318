-- Lengths in the API count Unicode code points; H2 counts UTF-16 units, so text of characters
-- outside the BMP (emoji) needs up to twice the room. Widened on both databases alike.
ALTER TABLE rooms ALTER COLUMN name SET DATA TYPE VARCHAR(200);
ALTER TABLE rooms ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
ALTER TABLE reactions ALTER COLUMN emoji SET DATA TYPE VARCHAR(128);
ALTER TABLE bans ALTER COLUMN reason SET DATA TYPE VARCHAR(1000);

-- GET /api/admin/audit?roomId=...: a room's entries, newest first.
CREATE INDEX audit_log_room_idx ON audit_log (room_id, id);
