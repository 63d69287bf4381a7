package disclosure.access;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 签发: the agencies whose answers go out only once their 负责人 has signed them off. There a 承办人's answer is a
 * draft submitted for sign-off, and only staff who may {@link StaffAction#SIGN_OFF_ANSWER} record an answer
 * directly; elsewhere everyone who may answer does. Read by command-service, which enforces it, and by the web
 * application, which offers 提交签发 instead of 答复 accordingly.
 *
 * @param agencies the agencies' names, exactly as applications name them
 */
public record SignOff(Set<String> agencies) {
    /** No agency requires sign-off: the default. */
    public static final SignOff NONE = new SignOff(Set.of());

    public SignOff {
        agencies = agencies.stream().map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** From a configured list, blanks left out (an empty setting is an empty list). */
    public static SignOff of(Collection<String> agencies) {
        return new SignOff(agencies == null ? Set.of()
                : agencies.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    public boolean requiredIn(String agency) {
        return agency != null && agencies.contains(agency);
    }

    /** Whether staff holding {@code roles} record an answer in {@code agency} directly, without sign-off. */
    public boolean answersDirectly(Set<Role> roles, String agency) {
        return !requiredIn(agency) || StaffAction.SIGN_OFF_ANSWER.allowedTo(roles);
    }
}
