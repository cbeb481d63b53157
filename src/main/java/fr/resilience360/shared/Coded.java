package fr.resilience360.shared;

import java.util.Optional;

/** A value with a stable code, as stored and as the API and addresses write it (enums of every module). */
public interface Coded {

    String code();

    /** The constant of {@code type} whose code is exactly {@code code}; empty for an unknown or null code. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) if (constant.code().equals(code)) return Optional.of(constant);
        return Optional.empty();
    }
}
