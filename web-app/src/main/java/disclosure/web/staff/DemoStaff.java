package disclosure.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * 演示用户: the staff of the demo agencies, so that whoever tries {@code ./run.sh} logs in as a 负责人 or 承办人 and
 * finds their work waiting. Read at start from the file {@code DISCLOSURE_WEB_DEMO_STAFF_FILE} names (the launcher
 * writes it with the demo): a JSON array of {@code {"username", "displayName", "agency", "roles": [...],
 * "password"}}. Agencies missing are added; users who exist already are left as they are (an administrator may have
 * changed them since). Without the setting nothing happens. A file that cannot be read is logged and skipped: the
 * demo's convenience never stops the application.
 */
@Component
class DemoStaff implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffDirectory directory;
    private final String file;

    DemoStaff(StaffDirectory directory, @Value("${disclosure.web.demo-staff-file:}") String file) {
        this.directory = directory;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (file != null && !file.isBlank()) {
            load(Path.of(file));
        }
    }

    /** @return how many users were created */
    int load(Path path) {
        JsonNode staff;
        try {
            staff = JSON.readTree(Files.readString(path));
        } catch (IOException | RuntimeException e) {
            log.error("Demo staff not created: cannot read {} ({})", path, e.getMessage());
            return 0;
        }
        if (staff == null || !staff.isArray()) {
            log.error("Demo staff not created: {} is not a JSON array", path);
            return 0;
        }
        int created = 0;
        for (JsonNode member : staff) {
            String username = member.path("username").asText("");
            try {
                String agency = member.hasNonNull("agency") ? member.get("agency").asText() : null;
                if (agency != null && !directory.agencies().contains(agency)) {
                    directory.addAgency(agency);
                }
                if (directory.find(username).isPresent()) {
                    continue;
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                member.path("roles").forEach(role -> roles.add(Role.valueOf(role.asText())));
                directory.create(new StaffIdentity(username, member.path("displayName").asText(""), agency, roles),
                        member.path("password").asText(""), "demo");
                created++;
            } catch (StaffDirectory.StaffDirectoryException | IllegalArgumentException e) {
                log.error("Demo user '{}' not created: {}", username, e.getMessage());
            }
        }
        if (created > 0) {
            log.info("Demo staff: {} users created from {}", created, path);
        }
        return created;
    }
}
