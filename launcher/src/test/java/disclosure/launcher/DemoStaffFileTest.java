package disclosure.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 演示用户: each demo agency's 负责人 and the 承办人 who sent its requests, and a 全市 统计员, written once. */
class DemoStaffFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDemoAgencyHasItsSupervisorAndTheHandlerWhoAskedWithOnePasswordKeptAcrossRuns(@TempDir Path data)
            throws IOException {
        Path file = DemoStaffFile.ensure(data);
        String written = Files.readString(file);
        JsonNode staff = JSON.readTree(written);

        List<String> supervisors = new ArrayList<>();
        List<String> handlers = new ArrayList<>();
        for (JsonNode member : staff) {
            String roles = member.get("roles").toString();
            String who = member.get("username").asText() + "@" + member.get("agency").asText(null);
            if (roles.contains("SUPERVISOR")) {
                supervisors.add(who);
            } else if (roles.contains("HANDLER")) {
                handlers.add(who);
            }
        }
        for (int a = 0; a < DemoYear.AGENCIES.size(); a++) {
            assertThat(supervisors).contains(DemoStaffFile.SUPERVISORS.get(a).userId() + "@" + DemoYear.AGENCIES.get(a));
            assertThat(handlers).contains(WorkInProgress.HANDLERS.get(a).userId() + "@" + DemoYear.AGENCIES.get(a));
        }
        assertThat(staff).hasSize(2 * DemoYear.AGENCIES.size() + 1);
        String password = staff.get(0).get("password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        assertThat(staff).allSatisfy(member -> assertThat(member.get("password").asText()).isEqualTo(password));
        assertThat(Files.readString(data.resolve(DemoStaffFile.NOTE))).contains(password, "feng.jun", "示范市公安局");

        DemoStaffFile.ensure(data);
        assertThat(Files.readString(file)).as("a second run keeps the first run's users and password").isEqualTo(written);
    }
}
