package disclosure.web.staff;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * 首个管理员: at start, while no administrator exists, creates one from configuration
 * ({@code DISCLOSURE_WEB_ADMIN_USERNAME}, {@code DISCLOSURE_WEB_ADMIN_PASSWORD}); that administrator then creates
 * agencies and users in the application. Once an administrator exists, the settings are ignored.
 */
@Component
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffDirectory directory;
    private final WebProperties.Admin admin;

    FirstAdministrator(StaffDirectory directory, WebProperties properties) {
        this.directory = directory;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.hasAdministrator()) {
            return;
        }
        if (admin == null || blank(admin.username()) || blank(admin.password())) {
            log.warn("No administrator yet: set DISCLOSURE_WEB_ADMIN_USERNAME and DISCLOSURE_WEB_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first one", StaffDirectory.MIN_PASSWORD_LENGTH);
            return;
        }
        directory.create(new StaffIdentity(admin.username(), admin.displayName(), null, Set.of(Role.ADMINISTRATOR)),
                admin.password(), "configuration");
        log.info("First administrator '{}' created from configuration", admin.username());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
