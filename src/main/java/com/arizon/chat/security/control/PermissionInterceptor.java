package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link RequiresPermission} on service methods, whichever transport called them. */
@RequiresPermission
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionInterceptor {

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Permission required = requiredPermission(context);
        Caller caller = callerArgument(context);
        if (!caller.can(required)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Missing permission " + required.key());
        }
        return context.proceed();
    }

    private static Permission requiredPermission(InvocationContext context) {
        RequiresPermission annotation = context.getMethod().getAnnotation(RequiresPermission.class);
        if (annotation == null) {
            annotation = context.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        return annotation.value();
    }

    private static Caller callerArgument(InvocationContext context) {
        for (Object parameter : context.getParameters()) {
            if (parameter instanceof Caller caller) {
                return caller;
            }
        }
        throw new IllegalStateException(context.getMethod() + " requires a permission but takes no Caller");
    }
}
