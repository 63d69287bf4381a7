package disclosure.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The web application's settings on this machine: the token secret it shares with the services, made once per data
 * folder, and the first administrator — {@code admin} with a password generated on the first run and written to
 * {@code first-administrator.txt} in the data folder, unless {@code DISCLOSURE_WEB_ADMIN_*} say otherwise.
 */
final class WebApp {
    private static final String SECRET_FILE = "token-secret";
    private static final String ADMIN_FILE = "first-administrator.txt";

    private WebApp() {
    }

    static Map<String, String> environment(Path data, LauncherSettings settings, String webDb) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISCLOSURE_WEB_PORT", Integer.toString(settings.webPort()));
        environment.put("DISCLOSURE_WEB_DB_URL", webDb);
        environment.put("DISCLOSURE_WEB_DB_USER", settings.databaseUser());
        environment.put("DISCLOSURE_WEB_DB_PASSWORD", settings.databasePassword());
        environment.put("DISCLOSURE_COMMAND_URL", "http://localhost:" + settings.commandPort());
        environment.put("DISCLOSURE_QUERY_URL", "http://localhost:" + settings.queryPort());
        environment.put("DISCLOSURE_TOKEN_SECRET", tokenSecret(data, settings));
        environment.put("DISCLOSURE_SIGN_OFF_AGENCIES", settings.signOffAgencies());
        Path demoStaff = data.resolve(DemoStaffFile.FILE);
        if (Files.exists(demoStaff)) {
            environment.put("DISCLOSURE_WEB_DEMO_STAFF_FILE", demoStaff.toAbsolutePath().toString());
        }
        String username = settings.environment().getOrDefault("DISCLOSURE_WEB_ADMIN_USERNAME", "admin");
        String password = settings.environment().get("DISCLOSURE_WEB_ADMIN_PASSWORD");
        if (password == null) {
            password = remembered(data.resolve(ADMIN_FILE), 8);
        }
        environment.put("DISCLOSURE_WEB_ADMIN_USERNAME", username);
        environment.put("DISCLOSURE_WEB_ADMIN_PASSWORD", password);
        return environment;
    }

    /**
     * The staff token secret the web application and both services share: {@code DISCLOSURE_TOKEN_SECRET}, or one
     * made on the first run and kept in the data folder.
     */
    static String tokenSecret(Path data, LauncherSettings settings) {
        String given = settings.environment().get("DISCLOSURE_TOKEN_SECRET");
        return given != null ? given : remembered(data.resolve(SECRET_FILE), 32);
    }

    static String firstAdministratorNote(Path data) {
        Path file = data.resolve(ADMIN_FILE);
        return Files.exists(file) ? "首个管理员 admin，密码见 / first administrator admin, password in " + file.toAbsolutePath()
                : "首个管理员见 DISCLOSURE_WEB_ADMIN_USERNAME / first administrator from DISCLOSURE_WEB_ADMIN_USERNAME";
    }

    /** A random hex string kept in {@code file}: made on the first run, the same ever after. */
    private static String remembered(Path file, int bytes) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[bytes];
            new SecureRandom().nextBytes(random);
            String value = HexFormat.of().formatHex(random);
            Files.writeString(file, value + System.lineSeparator(), StandardCharsets.UTF_8);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
