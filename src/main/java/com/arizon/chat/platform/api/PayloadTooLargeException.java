package com.arizon.chat.platform.api;

import java.io.IOException;

/** Thrown while reading a request body that outgrows the limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the body exceeds " + limit + " bytes");
    }
}
