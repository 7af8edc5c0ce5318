package com.arizon.chat.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/** A list holding {@code min..max} items. Null is valid. */
@Constraint(validatedBy = Items.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Items {

    int min() default 0;

    int max();

    String message() default "must hold between {min} and {max} items";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Items, Collection<?>> {

        private int min;
        private int max;

        @Override
        public void initialize(Items annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || (value.size() >= min && value.size() <= max);
        }
    }
}
