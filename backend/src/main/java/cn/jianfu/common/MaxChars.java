package cn.jianfu.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@link #value()} (and at least {@link #min()}) characters, counted as {@link TextLimits#length} counts them (unlike
 * {@code @Size}, which counts a character outside the BMP twice). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxChars.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxChars {

    int value();

    /** The fewest characters, when a text that is there must say something; 0 by default. */
    int min() default 0;

    String message() default "不能超过{value}个字";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts characters. */
    class Validator implements ConstraintValidator<MaxChars, CharSequence> {

        private int max;
        private int min;

        @Override
        public void initialize(MaxChars annotation) {
            max = annotation.value();
            min = annotation.min();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.toString();
            return !TextLimits.exceeds(text, max) && TextLimits.length(text) >= min;
        }
    }
}
