package org.claimledger.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A test run once per seed, each run drawing its case from {@code new Random(seed)}: the method takes
 * the seed as its one {@code long} parameter. The first seed is {@link #base()}, the others follow from
 * it, so every run of the suite tries the same cases. A failure names its seed; {@code
 * -Dclaimledger.seed=N} runs only seed N (with {@code -Dtest=Class#method} to replay one failure).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(Seeds.Provider.class)
@ExtendWith(Seeds.Reporter.class)
public @interface Seeds {
    String PROPERTY = "claimledger.seed";

    /** How many seeds, that is cases, to try. */
    int value();

    long base() default 20_201_110L;

    /** The seeds of one test: the one given with -Dclaimledger.seed, or {@code value()} of them from the base. */
    final class Provider extends AnnotationBasedArgumentsProvider<Seeds> {
        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                                                               Seeds seeds) {
            return seeds(seeds).mapToObj(Arguments::of);
        }

        static LongStream seeds(Seeds seeds) {
            String only = System.getProperty(PROPERTY);
            if (only != null && !only.isBlank()) {
                return LongStream.of(Long.parseLong(only.trim()));
            }
            return LongStream.concat(LongStream.of(seeds.base()),
                    new SplittableRandom(seeds.base()).longs(seeds.value() - 1L));
        }
    }

    /** Puts the seed and the command that replays it in front of any failure. */
    final class Reporter implements InvocationInterceptor {
        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                                ReflectiveInvocationContext<Method> invocationContext,
                                                ExtensionContext extensionContext) throws Throwable {
            try {
                invocation.proceed();
            } catch (Throwable failure) {
                Object seed = invocationContext.getArguments().isEmpty() ? "?" : invocationContext.getArguments().get(0);
                Method method = invocationContext.getExecutable();
                String replay = "failed with seed " + seed + "; replay it: ./mvnw test -Dtest="
                        + method.getDeclaringClass().getSimpleName() + "#" + method.getName() + " -D" + PROPERTY + "="
                        + seed;
                System.out.println("[seed] " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + " "
                        + replay);
                throw new AssertionError(replay + "\n" + failure, failure);
            }
        }
    }
}
