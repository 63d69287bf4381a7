package disclosure.launcher;

import disclosure.access.SignOff;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher starts and where: command-line flags and environment variables (the same names the services
 * read, see the README's configuration section).
 */
record LauncherSettings(Path home, Path dataDirectory, boolean fresh, boolean demo, boolean rebuild, boolean help,
                        Map<String, String> environment) {

    static final String USAGE = """
            用法 / usage: ./run.sh [--fresh] [--no-demo] [--rebuild] [--data DIR]
              --fresh     清空数据目录后重新开始 / delete the data folder and start afresh
              --no-demo   首次启动时不载入演示年度数据 / do not load the demo year on the first run
              --rebuild   启动前从事件库重建全部查询数据 / rebuild every read model from the event store first
              --data DIR  数据目录（默认 ./data）/ data folder (default ./data)
            端口 / ports: DISCLOSURE_WEB_PORT (8080), DISCLOSURE_COMMAND_PORT (8081), DISCLOSURE_QUERY_PORT (8082),
              DISCLOSURE_POSTGRES_PORT (5433), DISCLOSURE_KAFKA_PORT (9092), DISCLOSURE_KAFKA_CONTROLLER_PORT (9093)
            使用已有服务器 / use existing servers: DISCLOSURE_COMMAND_DB_URL and DISCLOSURE_QUERY_DB_URL (with
              DISCLOSURE_DB_USER / DISCLOSURE_DB_PASSWORD, and DISCLOSURE_WEB_DB_URL for the web application),
              DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS
            签发 / sign-off: DISCLOSURE_SIGN_OFF_AGENCIES（默认 / default: %s；设为空则无 / empty for none）
            首个管理员 / first administrator: DISCLOSURE_WEB_ADMIN_USERNAME (admin), DISCLOSURE_WEB_ADMIN_PASSWORD
              (default: generated on the first run and written to DATA/first-administrator.txt)
            """.formatted(DemoYear.SIGN_OFF_AGENCY) + StaffTokenCommand.USAGE;

    static LauncherSettings from(String[] args, Map<String, String> environment) {
        Path data = Path.of("data");
        boolean fresh = false;
        boolean demo = true;
        boolean rebuild = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                case "--rebuild" -> rebuild = true;
                case "--help", "-h" -> help = true;
                case "--data" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--data 需要一个目录 / --data needs a folder");
                    }
                    data = Path.of(args[++i]);
                }
                default -> throw new IllegalArgumentException("未知参数 / unknown argument: " + args[i]);
            }
        }
        return new LauncherSettings(Path.of("").toAbsolutePath(), data.toAbsolutePath(), fresh, demo, rebuild, help,
                new LinkedHashMap<>(environment));
    }

    int commandPort() {
        return port("DISCLOSURE_COMMAND_PORT", 8081);
    }

    int webPort() {
        return port("DISCLOSURE_WEB_PORT", 8080);
    }

    int queryPort() {
        return port("DISCLOSURE_QUERY_PORT", 8082);
    }

    int postgresPort() {
        return port("DISCLOSURE_POSTGRES_PORT", 5433);
    }

    int kafkaPort() {
        return port("DISCLOSURE_KAFKA_PORT", 9092);
    }

    int kafkaControllerPort() {
        return port("DISCLOSURE_KAFKA_CONTROLLER_PORT", 9093);
    }

    boolean externalDatabase() {
        return environment.containsKey("DISCLOSURE_COMMAND_DB_URL") || environment.containsKey("DISCLOSURE_QUERY_DB_URL");
    }

    boolean externalKafka() {
        return environment.containsKey("DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS");
    }

    String databaseUser() {
        return environment.getOrDefault("DISCLOSURE_DB_USER", externalDatabase() ? "disclosure" : "postgres");
    }

    String databasePassword() {
        return environment.getOrDefault("DISCLOSURE_DB_PASSWORD", externalDatabase() ? "disclosure" : "postgres");
    }

    /**
     * 签发: the agencies whose answers a 负责人 signs off, for command-service and the web application alike —
     * {@code DISCLOSURE_SIGN_OFF_AGENCIES} as the user set it (set but empty: none), else the demo's agency that signs
     * off, so that the demo shows answers waiting for sign-off.
     */
    String signOffAgencies() {
        return environment.getOrDefault("DISCLOSURE_SIGN_OFF_AGENCIES", DemoYear.SIGN_OFF_AGENCY);
    }

    SignOff signOff() {
        return SignOff.of(Arrays.asList(signOffAgencies().split(",")));
    }

    /** The working-day calendar the services load: the bundled years and {@code DISCLOSURE_CALENDAR_FILES}. */
    WorkingDayCalendar calendar() {
        List<Path> files = Arrays.stream(environment.getOrDefault("DISCLOSURE_CALENDAR_FILES", "").split(","))
                .map(String::strip).filter(file -> !file.isEmpty()).map(Path::of).toList();
        try {
            return WorkingDayCalendar.bundledWith(files);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new LaunchException("DISCLOSURE_CALENDAR_FILES 中的工作日历无法读取 / cannot read the calendar files of "
                    + "DISCLOSURE_CALENDAR_FILES: " + e.getMessage());
        }
    }

    /** Refuses to start on a busy port, naming it and the variable that moves it. */
    void checkPortsFree() {
        if (externalDatabase() && !(environment.containsKey("DISCLOSURE_COMMAND_DB_URL")
                && environment.containsKey("DISCLOSURE_QUERY_DB_URL"))) {
            throw new LaunchException("DISCLOSURE_COMMAND_DB_URL 与 DISCLOSURE_QUERY_DB_URL 须同时设置 / "
                    + "set both DISCLOSURE_COMMAND_DB_URL and DISCLOSURE_QUERY_DB_URL");
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("DISCLOSURE_COMMAND_PORT", commandPort());
        ports.put("DISCLOSURE_QUERY_PORT", queryPort());
        if (!externalDatabase()) {
            ports.put("DISCLOSURE_POSTGRES_PORT", postgresPort());
        }
        if (!externalKafka()) {
            ports.put("DISCLOSURE_KAFKA_PORT", kafkaPort());
            ports.put("DISCLOSURE_KAFKA_CONTROLLER_PORT", kafkaControllerPort());
        }
        ports.put("DISCLOSURE_WEB_PORT", webPort());
        ports.forEach((variable, port) -> {
            if (!Launcher.portFree(port)) {
                throw new LaunchException("端口 " + port + " 已被占用，请关闭占用它的程序或设置 " + variable + " / port " + port
                        + " is busy: stop what uses it or set " + variable);
            }
        });
    }

    private int port(String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " 应为 1–65535 的端口号 / must be a port 1–65535, not " + value);
        }
    }
}
