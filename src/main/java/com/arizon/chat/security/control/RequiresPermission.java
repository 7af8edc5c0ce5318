package com.arizon.chat.security.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller (the method's {@link Caller} argument) must hold this permission, granted to one of
 * their global roles in the role-permission table; otherwise {@code FORBIDDEN}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    @Nonbinding
    Permission value() default Permission.CHATS_READ;
}
