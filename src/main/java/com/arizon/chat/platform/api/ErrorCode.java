package com.arizon.chat.platform.api;

/** The error codes of the wire contract (section 4), each with the HTTP status REST answers with. */
public enum ErrorCode {
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    CHAT_ROOM_NOT_FOUND(404),
    NOT_PARTICIPANT(403),
    ROOM_INACTIVE(409),
    JOIN_ROOM_FAILED(409),
    MESSAGE_SEND_FAILED(400),
    INVALID_PARTICIPANTS(400),
    VALIDATION_ERROR(400),
    MESSAGE_NOT_FOUND(404),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    USER_EXISTS(409),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
