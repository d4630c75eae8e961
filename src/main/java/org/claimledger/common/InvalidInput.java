package org.claimledger.common;

import java.util.List;

/** 400 with the list of invalid fields. */
public class InvalidInput extends DomainException {
    public InvalidInput(List<Problem.FieldError> errors) {
        super(Kind.INVALID, "invalid-input", "Invalid input",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid", List.copyOf(errors));
    }

    /** Throws the errors collected so far, if there are any. */
    public static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problem.FieldError(field, message)));
    }
}
