package com.arizon.chat.platform.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Bean Validation reach every property. The default resolver asks JPA, for every property of
 * every validated command, whether it is loaded, and EclipseLink answers under one global lock: a
 * bottleneck for concurrent requests. Our commands are plain records and our entities carry no
 * constraints, so there is nothing lazy to protect.
 */
public class AlwaysTraversable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
