package org.claimledger.claim;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A figure as the source gave it: an interval [low, high] whose open ends are left out, the
 * qualifier that bounded it, and the source's own words.
 */
@Quantity.Consistent
@Schema(description = "A figure as an interval. exact and about: low = high; at-least and more-than: low only; "
        + "at-most and less-than: high only; range: low < high.",
        example = "{\"low\": 5000, \"high\": null, \"qualifier\": \"more-than\", \"text\": \"more than 5,000\"}")
public record Quantity(
        @PositiveOrZero @Schema(example = "5000", nullable = true) Long low,
        @PositiveOrZero @Schema(nullable = true) Long high,
        @NotNull Qualifier qualifier,
        @Size(max = 200) @Schema(description = "The source's own wording", example = "more than 5,000",
                nullable = true) String text) {

    /** Says which qualifier needs which ends; the same rule is a CHECK constraint in the database. */
    static String problemWith(Long low, Long high, Qualifier qualifier) {
        if (qualifier == null) {
            return null;
        }
        return switch (qualifier) {
            case EXACT, ABOUT -> low == null || !low.equals(high)
                    ? "an " + qualifier.wire() + " figure needs low and high, equal" : null;
            case AT_LEAST, MORE_THAN -> low == null || high != null
                    ? "an " + qualifier.wire() + " figure needs low and no high" : null;
            case AT_MOST, LESS_THAN -> high == null || low != null
                    ? "an " + qualifier.wire() + " figure needs high and no low" : null;
            case RANGE -> low == null || high == null || low >= high
                    ? "a range needs low below high" : null;
        };
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Consistent.Validator.class)
    public @interface Consistent {
        String message() default "inconsistent quantity";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Consistent, Quantity> {
            @Override
            public boolean isValid(Quantity q, ConstraintValidatorContext context) {
                if (q == null) {
                    return true;
                }
                String problem = q.low() != null && q.high() != null && q.low() > q.high()
                        ? "must not be greater than high" : problemWith(q.low(), q.high(), q.qualifier());
                if (problem == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.replace("{", "(").replace("}", ")"))
                        .addPropertyNode(q.low() != null && q.high() != null && q.low() > q.high() ? "low" : "qualifier")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
