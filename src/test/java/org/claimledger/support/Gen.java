package org.claimledger.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values drawn from a seeded {@link Random}: the same seed gives the same values,
 * so a failure can be replayed. Ranges return their bounds now and then (bugs live at the edges), and
 * strings are sometimes as short as allowed.
 */
@FunctionalInterface
public interface Gen<T> {
    /** How often a range returns one of its bounds instead of a value inside. */
    double EDGES = 0.05;
    /** How many draws a filter may reject in a row before the generator is deemed too narrow. */
    int MAX_REJECTIONS = 10_000;

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
        return random -> mapper.apply(next(random)).next(random);
    }

    default Gen<T> filter(Predicate<? super T> accepted) {
        return random -> {
            for (int tries = 0; tries < MAX_REJECTIONS; tries++) {
                T value = next(random);
                if (accepted.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter rejected " + MAX_REJECTIONS + " values in a row");
        };
    }

    /** Lists of exactly {@code size} values. */
    default Gen<List<T>> list(int size) {
        return random -> {
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** One of the generators, each as likely as the others. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        return oneOf(Arrays.asList(generators));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
        List<? extends Gen<? extends T>> copy = List.copyOf(generators);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** A generator with its relative weight, for {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> generator) {
    }

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** One of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<? extends T> choice : copy) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().next(random);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> as) {
        return random -> {
            A first = a.next(random);
            return as.apply(first, b.next(random));
        };
    }

    /** Three values at once. */
    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> as) {
        return random -> {
            A first = a.next(random);
            B second = b.next(random);
            return as.apply(first, second, c.next(random));
        };
    }

    /** Integers from {@code min} to {@code max}, both included. */
    static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    static Gen<Integer> integers() {
        return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Longs from {@code min} to {@code max}, both included. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return random -> {
            if (random.nextDouble() < EDGES) {
                return random.nextBoolean() ? min : max;
            }
            return max == Long.MAX_VALUE && min == Long.MIN_VALUE ? random.nextLong()
                    : max == Long.MAX_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong(min, max + 1);
        };
    }

    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Big integers from {@code min} to {@code max}, both included. */
    static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        return random -> {
            if (random.nextDouble() < EDGES) {
                return random.nextBoolean() ? min : max;
            }
            BigInteger offset;
            do {
                offset = new BigInteger(span.bitLength(), random);
            } while (offset.compareTo(span) >= 0);
            return min.add(offset);
        };
    }

    /** Byte arrays of {@code minSize} to {@code maxSize} arbitrary bytes. */
    static Gen<byte[]> bytes(int minSize, int maxSize) {
        Gen<Integer> sizes = integers(minSize, maxSize);
        return random -> {
            byte[] bytes = new byte[sizes.next(random)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /** A random (version 4) UUID drawn from the seeded generator, unlike {@link UUID#randomUUID()}. */
    static Gen<UUID> uuids() {
        return random -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
            bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (bytes[i] & 0xff);
                low = (low << 8) | (bytes[8 + i] & 0xff);
            }
            return new UUID(high, low);
        };
    }

    /** Strings of {@code minLength} to {@code maxLength} characters drawn from {@code chars}. */
    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        Gen<Integer> lengths = integers(minLength, maxLength);
        return random -> {
            int length = lengths.next(random);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.next(random).charValue());
            }
            return text.toString();
        };
    }

    /** Characters from {@code first} to {@code last}, both included. */
    static Gen<Character> chars(char first, char last) {
        return random -> (char) (first + random.nextInt(last - first + 1));
    }

    /** ASCII letters, upper and lower case. */
    static Gen<Character> letters() {
        return oneOf(chars('a', 'z'), chars('A', 'Z'));
    }

    /**
     * Any UTF-16 code unit, lone surrogate halves included, weighted towards what breaks parsers and
     * validators: ASCII, control characters, and the many kinds of Unicode space.
     */
    static Gen<Character> anyChars() {
        return frequency(weighted(8, chars(' ', '~')), weighted(2, chars('\u0000', '\u001f')),
                weighted(1, of('\u007f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2007', '\u200b', '\u2028', '\u2029',
                        '\u202f', '\u205f', '\u3000', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff')),
                weighted(2, chars('\u0080', '\u07ff')), weighted(7, chars('\u0800', '\uffff')));
    }
}
