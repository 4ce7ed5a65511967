package vn.daklak.ngoaivu.normalize;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading one value: a value, nothing (the cell was empty), or a Vietnamese message saying what is
 * wrong and how to write it instead.
 */
public record Parsed<T>(T value, String error) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> empty() {
        return new Parsed<>(null, null);
    }

    public static <T> Parsed<T> fail(String message) {
        return new Parsed<>(null, message);
    }

    public boolean failed() {
        return error != null;
    }

    public boolean isEmpty() {
        return value == null && error == null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    public <R> Parsed<R> map(Function<T, R> f) {
        return value == null ? new Parsed<>(null, error) : ok(f.apply(value));
    }
}
