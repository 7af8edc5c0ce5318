package com.arizon.chat.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number within {@code min..max} (both included). Null is valid. */
@Constraint(validatedBy = Range.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Range {

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Range, Number> {

        private long min;
        private long max;

        @Override
        public void initialize(Range annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || (value.longValue() >= min && value.longValue() <= max);
        }
    }
}
