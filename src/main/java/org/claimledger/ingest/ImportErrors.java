package org.claimledger.ingest;

import org.claimledger.common.DomainException;
import org.claimledger.common.Problem.FieldError;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** The invalid records of an import: all are counted, the first thousand are listed. */
final class ImportErrors {
    static final int LISTED = 1000;

    private final List<FieldError> listed = new ArrayList<>();
    private int count;

    void add(String field, String message) {
        add(new FieldError(field, message));
    }

    void add(FieldError error) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    boolean any() {
        return count > 0;
    }

    /** A list view that {@link org.claimledger.common.References} can report into. */
    List<FieldError> sink() {
        return new AbstractList<>() {
            @Override
            public FieldError get(int index) {
                return listed.get(index);
            }

            @Override
            public int size() {
                return listed.size();
            }

            @Override
            public boolean add(FieldError error) {
                ImportErrors.this.add(error);
                return true;
            }
        };
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        String detail = count == 1 ? "1 invalid field; nothing was imported"
                : count + " invalid fields; nothing was imported"
                + (count > LISTED ? " (the first " + LISTED + " are listed)" : "");
        throw new DomainException(DomainException.Kind.INVALID, "invalid-import", "Invalid import", detail, List.copyOf(listed));
    }

    static DomainException tooMany(int max) {
        return new DomainException(DomainException.Kind.TOO_LARGE, "import-too-large", "Import too large",
                "an import may carry at most " + max + " claims; split it into several imports");
    }
}
