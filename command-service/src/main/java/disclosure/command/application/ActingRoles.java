package disclosure.command.application;

import disclosure.access.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of the member of staff who sent a command, carried in the command's metadata so that the application
 * itself applies the rules that depend on them: where the agency requires sign-off ({@link disclosure.access.SignOff}),
 * only a 负责人 records an answer directly. Absent for the system's own commands (deadlines, the ledger import, which
 * records answers given and signed before the system knew of them).
 */
public final class ActingRoles {
    public static final String METADATA_KEY = "actingRoles";

    private ActingRoles() {
    }

    /** The metadata for a command sent by staff holding {@code roles}: their names, comma separated. */
    public static Map<String, Object> metaData(Set<Role> roles) {
        return Map.of(METADATA_KEY, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
    }

    /** The roles named in the metadata value; null where no member of staff sent the command. */
    static Set<Role> of(String value) {
        if (value == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name.strip()));
            }
        }
        return roles;
    }
}
