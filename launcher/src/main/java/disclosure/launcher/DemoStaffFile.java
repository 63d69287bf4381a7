package disclosure.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * 演示用户: the demo agencies' staff for the web application, so that whoever tries the system logs in as a 负责人 and
 * finds the 审批 waiting, or as the 承办人 who asked. Written once into the data folder with the demo: {@code
 * demo-staff.json} for the web application ({@code DISCLOSURE_WEB_DEMO_STAFF_FILE}, which creates whoever is missing)
 * and {@code demo-staff.txt} for people, with one password made on that first run.
 */
final class DemoStaffFile {
    static final String FILE = "demo-staff.json";
    static final String NOTE = "demo-staff.txt";
    /** The 负责人 of each demo agency, in the order of {@link DemoYear#AGENCIES}. */
    static final List<WorkInProgress.Handler> SUPERVISORS = List.of(new WorkInProgress.Handler("li.qiang", "李强"),
            new WorkInProgress.Handler("zhou.li", "周丽"), new WorkInProgress.Handler("wu.gang", "吴刚"),
            new WorkInProgress.Handler("zheng.hong", "郑红"), new WorkInProgress.Handler("feng.jun", "冯军"));
    /** The 统计员 of the whole city: the 全市汇总 and every agency's report. */
    static final WorkInProgress.Handler STATISTICIAN = new WorkInProgress.Handler("huang.ying", "黄莹");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoStaffFile() {
    }

    /** Writes both files unless they exist (the password stays that of the first run); returns the JSON file. */
    static Path ensure(Path data) {
        Path file = data.resolve(FILE);
        if (Files.exists(file)) {
            return file;
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String password = "demo-" + HexFormat.of().formatHex(random);
        ArrayNode staff = JSON.createArrayNode();
        StringBuilder note = new StringBuilder("演示用户（密码均为 / every password: " + password + "）\n");
        for (int a = 0; a < DemoYear.AGENCIES.size(); a++) {
            String agency = DemoYear.AGENCIES.get(a);
            add(staff, note, SUPERVISORS.get(a), agency, password, "SUPERVISOR");
            add(staff, note, WorkInProgress.HANDLERS.get(a), agency, password, "HANDLER", "INTAKE");
        }
        add(staff, note, STATISTICIAN, null, password, "STATISTICIAN");
        try {
            Files.writeString(data.resolve(NOTE), note.toString(), StandardCharsets.UTF_8);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(staff),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void add(ArrayNode staff, StringBuilder note, WorkInProgress.Handler who, String agency,
                            String password, String... roles) {
        ObjectNode member = staff.addObject();
        member.put("username", who.userId()).put("displayName", who.name()).put("agency", agency)
                .put("password", password);
        ArrayNode list = member.putArray("roles");
        for (String role : roles) {
            list.add(role);
        }
        note.append("  ").append(who.userId()).append("  ").append(who.name()).append("  ")
                .append(agency == null ? "全市" : agency).append("  ").append(String.join(",", roles)).append('\n');
    }
}
