package org.claimledger.claim;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a claim the cited text says and what the curator inferred: its date and who it is
 * attributed to. An inferred date says what it was inferred from; an inferred attribution says why;
 * a claim the document makes in its own voice names no speaker. The same rules are CHECK constraints.
 */
@Provenance.Consistent
@Schema(description = "Whether statedOn and the attribution come from the cited text or were inferred by the"
        + " curator. Left out: dated cited, attribution explicit.",
        example = "{\"dated\": \"inferred\", \"datedFrom\": \"the end of hostilities on 10 November 2020\","
                + " \"attribution\": \"explicit\", \"attributedAs\": \"Armenian authorities\"}")
public record Provenance(
        @Schema(description = "cited (default): the cited text dates the statement; inferred: the curator dated it",
                nullable = true) Dating dated,
        @Size(max = 1000) @Schema(description = "What the date was inferred from; required iff dated is inferred",
                nullable = true, example = "the end of hostilities on 10 November 2020") String datedFrom,
        @Schema(description = "explicit (default): the cited text names the speaker; inferred: the curator"
                + " inferred the speaker; document: the cited document says it in its own voice", nullable = true)
        Attribution attribution,
        @Size(max = 500) @Schema(description = "The words of the quote that name the speaker, verbatim;"
                + " left out when attribution is document", nullable = true, example = "Armenian authorities")
        String attributedAs,
        @Size(max = 1000) @Schema(description = "Why the curator attributed it so; required iff attribution is"
                + " inferred", nullable = true) String attributionBasis) {

    /** What a claim without provenance has: its date and its speaker are in the cited text. */
    public static final Provenance DEFAULT = new Provenance(Dating.CITED, null, Attribution.EXPLICIT, null, null);

    /** The defaults filled in, as the database stores it. */
    public Provenance normalized() {
        return new Provenance(dated == null ? Dating.CITED : dated, datedFrom,
                attribution == null ? Attribution.EXPLICIT : attribution, attributedAs, attributionBasis);
    }

    public boolean dateInferred() {
        return dated == Dating.INFERRED;
    }

    public boolean attributionInferred() {
        return attribution == Attribution.INFERRED;
    }

    /** Field and message of each broken rule; empty when the provenance is consistent. */
    static List<String[]> problems(Provenance p) {
        List<String[]> problems = new ArrayList<>();
        boolean inferredDate = p.dated == Dating.INFERRED;
        if (inferredDate && blank(p.datedFrom)) {
            problems.add(new String[] {"datedFrom", "is required when dated is inferred: say what the date was"
                    + " inferred from"});
        } else if (!inferredDate && p.datedFrom != null) {
            problems.add(new String[] {"datedFrom", "must be left out unless dated is inferred"});
        }
        boolean inferredSpeaker = p.attribution == Attribution.INFERRED;
        if (inferredSpeaker && blank(p.attributionBasis)) {
            problems.add(new String[] {"attributionBasis", "is required when attribution is inferred: say why the"
                    + " claim is attributed to its source"});
        } else if (!inferredSpeaker && p.attributionBasis != null) {
            problems.add(new String[] {"attributionBasis", "must be left out unless attribution is inferred"});
        }
        if (p.attribution == Attribution.DOCUMENT && p.attributedAs != null) {
            problems.add(new String[] {"attributedAs", "must be left out when attribution is document: the"
                    + " document speaks in its own voice"});
        } else if (p.attributedAs != null && p.attributedAs.isBlank()) {
            problems.add(new String[] {"attributedAs", "must not be blank"});
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Consistent.Validator.class)
    public @interface Consistent {
        String message() default "inconsistent provenance";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Consistent, Provenance> {
            @Override
            public boolean isValid(Provenance p, ConstraintValidatorContext context) {
                if (p == null) {
                    return true;
                }
                List<String[]> problems = problems(p);
                if (problems.isEmpty()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                for (String[] problem : problems) {
                    context.buildConstraintViolationWithTemplate(problem[1]).addPropertyNode(problem[0])
                            .addConstraintViolation();
                }
                return false;
            }
        }
    }
}
