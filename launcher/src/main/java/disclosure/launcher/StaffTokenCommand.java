package disclosure.launcher;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./run.sh token USER ROLE[,ROLE…] [AGENCY]}: prints a staff token for calling the services' API directly
 * (curl, scripts, another system), signed with the data folder's secret (or {@code DISCLOSURE_TOKEN_SECRET}) and
 * valid for 8 hours. Without AGENCY the user is 全市, which only 统计员 and 管理员 may be.
 */
final class StaffTokenCommand {
    static final String USAGE = """
            ./run.sh token USER ROLE[,ROLE…] [AGENCY]   调用接口用的身份令牌（8小时）/ a staff token for the API (8 hours)
              ROLE: INTAKE 登记员, HANDLER 承办人, SUPERVISOR 负责人, STATISTICIAN 统计员, ADMINISTRATOR 管理员
              e.g. ./run.sh token zhang.san HANDLER 某市交通运输局""";
    static final Duration LIFETIME = Duration.ofHours(8);

    private StaffTokenCommand() {
    }

    /** @param args the arguments after {@code token} */
    static String token(String[] args, Map<String, String> environment) {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("用法 / usage:\n" + USAGE);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : args[1].split(",")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("未知角色 / unknown role: " + role + "（可用 / known: "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + "）");
            }
        }
        StaffIdentity identity = new StaffIdentity(args[0], args[0], args.length == 3 ? args[2] : null, roles);
        LauncherSettings settings = LauncherSettings.from(new String[0], environment);
        if (!environment.containsKey("DISCLOSURE_TOKEN_SECRET")) {
            try {
                Files.createDirectories(settings.dataDirectory());
            } catch (IOException e) {
                throw new IllegalArgumentException("无法创建数据目录 / cannot create the data folder: " + e.getMessage());
            }
        }
        String secret = WebApp.tokenSecret(settings.dataDirectory(), settings);
        return new StaffTokens(secret, LIFETIME, Clock.systemUTC()).issue(identity);
    }
}
