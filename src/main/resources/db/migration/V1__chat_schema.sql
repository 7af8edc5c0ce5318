-- The whole domain model of the chat contract. Portable between PostgreSQL and H2 2.x:
-- unbounded VARCHAR, TIMESTAMP WITH TIME ZONE, application-generated string ids.

CREATE TABLE users (
    id          VARCHAR(128) PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    email       VARCHAR(320),
    first_name  VARCHAR(100),
    last_name   VARCHAR(100),
    avatar      VARCHAR(2048),
    roles       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX users_username_idx ON users (username);

-- Credentials of the built-in issuer; external identities never have a row here.
CREATE TABLE local_accounts (
    user_id        VARCHAR(128) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    username       VARCHAR(100) NOT NULL,
    email          VARCHAR(320) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT local_accounts_username_uq UNIQUE (username),
    CONSTRAINT local_accounts_email_uq UNIQUE (email)
);

CREATE TABLE role_permissions (
    role        VARCHAR(32) NOT NULL,
    permission  VARCHAR(64) NOT NULL,
    PRIMARY KEY (role, permission)
);

CREATE TABLE rooms (
    id                VARCHAR(64) PRIMARY KEY,
    name              VARCHAR(100),
    description       VARCHAR(1000),
    type              VARCHAR(16) NOT NULL,
    is_private        BOOLEAN NOT NULL,
    max_members       INTEGER NOT NULL,
    is_active         BOOLEAN NOT NULL,
    created_by        VARCHAR(128) NOT NULL REFERENCES users (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Messages are numbered per room under the room's row lock, so seq order is commit order.
    last_message_seq  BIGINT NOT NULL,
    -- "smaller-user-id|larger-user-id" for DIRECT rooms: one room per pair, decided by the database.
    direct_key        VARCHAR(260),
    CONSTRAINT rooms_direct_key_uq UNIQUE (direct_key)
);
CREATE INDEX rooms_public_idx ON rooms (is_private, is_active, last_activity_at);

CREATE TABLE participants (
    room_id               VARCHAR(64) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    user_id               VARCHAR(128) NOT NULL REFERENCES users (id),
    role                  VARCHAR(16) NOT NULL,
    joined_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_seq         BIGINT NOT NULL,
    last_read_message_id  VARCHAR(64),
    muted_until           TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (room_id, user_id)
);
CREATE INDEX participants_user_idx ON participants (user_id);

CREATE TABLE messages (
    id                 VARCHAR(64) PRIMARY KEY,
    room_id            VARCHAR(64) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    seq                BIGINT NOT NULL,
    sender_id          VARCHAR(128) NOT NULL REFERENCES users (id),
    type               VARCHAR(16) NOT NULL,
    content            VARCHAR NOT NULL,
    reply_to_id        VARCHAR(64) REFERENCES messages (id) ON DELETE SET NULL,
    attachments        VARCHAR,
    is_edited          BOOLEAN NOT NULL,
    edited_at          TIMESTAMP WITH TIME ZONE,
    is_deleted         BOOLEAN NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    deleted_by         VARCHAR(128),
    client_message_id  VARCHAR(64),
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT messages_room_seq_uq UNIQUE (room_id, seq),
    CONSTRAINT messages_client_id_uq UNIQUE (room_id, sender_id, client_message_id)
);
CREATE INDEX messages_reply_idx ON messages (reply_to_id);

CREATE TABLE message_edits (
    id          VARCHAR(64) PRIMARY KEY,
    message_id  VARCHAR(64) NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    content     VARCHAR NOT NULL,
    edited_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX message_edits_message_idx ON message_edits (message_id, edited_at);

CREATE TABLE reactions (
    message_id  VARCHAR(64) NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id     VARCHAR(128) NOT NULL REFERENCES users (id),
    emoji       VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
);

CREATE TABLE bans (
    room_id     VARCHAR(64) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    user_id     VARCHAR(128) NOT NULL REFERENCES users (id),
    reason      VARCHAR(500),
    until       TIMESTAMP WITH TIME ZONE,
    created_by  VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, user_id)
);

CREATE TABLE audit_log (
    id                 VARCHAR(64) PRIMARY KEY,
    actor_id           VARCHAR(128) NOT NULL,
    action             VARCHAR(64) NOT NULL,
    room_id            VARCHAR(64),
    target_user_id     VARCHAR(128),
    target_message_id  VARCHAR(64),
    details            VARCHAR,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at);

-- Default grants of contract section 3; editable at /api/admin/roles/{role}/permissions.
INSERT INTO role_permissions (role, permission) VALUES
    ('CLIENT', 'chats:read'), ('CLIENT', 'chats:create'),
    ('BUSINESS', 'chats:read'), ('BUSINESS', 'chats:create'), ('BUSINESS', 'chats:update'),
    ('SUPPLIER', 'chats:read'), ('SUPPLIER', 'chats:create'), ('SUPPLIER', 'chats:update'),
    ('SUPPORT', 'chats:read'), ('SUPPORT', 'chats:create'), ('SUPPORT', 'chats:moderate'),
    ('ADMIN', 'chats:create'), ('ADMIN', 'chats:read'), ('ADMIN', 'chats:update'),
    ('ADMIN', 'chats:delete'), ('ADMIN', 'chats:join_private'), ('ADMIN', 'chats:moderate');
