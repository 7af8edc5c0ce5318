-- As V2 did for rooms: the application limits users' text in code points (the username 100, email 320,
-- names 100, avatar 2048); H2 counts UTF-16 units, so the columns get twice the room on both databases.
ALTER TABLE users ALTER COLUMN username SET DATA TYPE VARCHAR(200);
ALTER TABLE users ALTER COLUMN email SET DATA TYPE VARCHAR(640);
ALTER TABLE users ALTER COLUMN first_name SET DATA TYPE VARCHAR(200);
ALTER TABLE users ALTER COLUMN last_name SET DATA TYPE VARCHAR(200);
ALTER TABLE users ALTER COLUMN avatar SET DATA TYPE VARCHAR(4096);
ALTER TABLE local_accounts ALTER COLUMN username SET DATA TYPE VARCHAR(200);
ALTER TABLE local_accounts ALTER COLUMN email SET DATA TYPE VARCHAR(640);
