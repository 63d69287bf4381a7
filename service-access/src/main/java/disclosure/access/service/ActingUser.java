package disclosure.access.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code String} controller parameter: the user id of the member of staff whose token came with the request,
 * recorded as {@code by} on the events. Hide it from the API documentation ({@code @Parameter(hidden = true)}):
 * it is not something a caller sends.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActingUser {
}
