package disclosure.web.security;

import disclosure.access.StaffIdentity;
import disclosure.web.staff.StaffUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The logged-in member of staff as Spring Security holds them in the session. */
public record StaffPrincipal(StaffIdentity identity, String passwordHash, boolean enabled) implements UserDetails {

    static StaffPrincipal of(StaffUser user) {
        return new StaffPrincipal(user.identity(), user.passwordHash(), user.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return identity.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identity.userId();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public List<String> roleLabels() {
        return identity.roles().stream().sorted().map(role -> role.label()).toList();
    }
}
