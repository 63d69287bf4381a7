package disclosure.access.service;

import disclosure.access.StaffAction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an API endpoint does, as a {@link StaffAction}: only staff holding one of its roles may call it
 * ({@link StaffActionInterceptor}). Every {@code /api} endpoint carries one; one without is refused to everybody.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {
    StaffAction value();
}
