package fr.resilience360.shared;

import java.util.function.Supplier;

/**
 * A value derived from stored data of one version (a catalogue, a cache of read rows): computed on first use, kept
 * while the version stays the same, computed again when it changes. Safe to share between threads; two threads seeing
 * a new version at once may both compute it, and either result is kept.
 */
public final class PerVersion<T> {

    private volatile Held<T> held;

    private record Held<T>(String version, T value) {}

    public T get(String version, Supplier<T> compute) {
        Held<T> h = held;
        if (h == null || !h.version().equals(version)) held = h = new Held<>(version, compute.get());
        return h.value();
    }
}
