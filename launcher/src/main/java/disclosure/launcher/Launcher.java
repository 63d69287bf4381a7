package disclosure.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * 一键启动: starts the whole system on this machine — a real PostgreSQL (embedded binaries from Maven, or the server
 * {@code DISCLOSURE_COMMAND_DB_URL} / {@code DISCLOSURE_QUERY_DB_URL} point at), a real Kafka broker in KRaft mode
 * (its own process, or {@code DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS}), command-service and query-service — keeping
 * data in one folder between runs, loading the demo (last year and this year's work in progress) on the first run,
 * and stopping everything on Ctrl-C.
 */
public final class Launcher {
    /** Set when everything is being stopped: a part that ends then was told to. */
    private volatile boolean stopping;
    private final LauncherSettings settings;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private Launcher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("token")) {
            try {
                System.out.println(StaffTokenCommand.token(Arrays.copyOfRange(args, 1, args.length), System.getenv()));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LauncherSettings.USAGE);
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.println(LauncherSettings.USAGE);
            return;
        }
        Launcher launcher = new Launcher(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-shutdown"));
        try {
            launcher.run();
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("无法启动 / cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        Path data = settings.dataDirectory();
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        createDirectories(data.resolve("logs"));
        lock(data);
        settings.checkPortsFree();

        String commandDb;
        String queryDb;
        String webDb;
        if (settings.externalDatabase()) {
            commandDb = settings.environment().get("DISCLOSURE_COMMAND_DB_URL");
            queryDb = settings.environment().get("DISCLOSURE_QUERY_DB_URL");
            webDb = settings.environment().get("DISCLOSURE_WEB_DB_URL");
        } else {
            say("启动 PostgreSQL / starting PostgreSQL on port " + settings.postgresPort() + " …");
            EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), settings.postgresPort());
            running.push(database);
            commandDb = database.createDatabase("disclosure_command");
            queryDb = database.createDatabase("disclosure_query");
            webDb = database.createDatabase("disclosure_web");
        }

        String bootstrap;
        if (settings.externalKafka()) {
            bootstrap = settings.environment().get("DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS");
        } else {
            say("启动 Kafka（KRaft）/ starting Kafka on port " + settings.kafkaPort() + " …");
            running.push(KafkaBroker.start(data.resolve("kafka"), data.resolve("logs/kafka.log"),
                    settings.kafkaPort(), settings.kafkaControllerPort()));
            bootstrap = "127.0.0.1:" + settings.kafkaPort();
        }

        String tokenSecret = WebApp.tokenSecret(data, settings);
        say("启动 command-service / starting command-service on port " + settings.commandPort() + " …");
        running.push(Services.start("command-service", settings.home(), settings.commandPort(),
                data.resolve("logs/command-service.log"), Map.of(
                        "DISCLOSURE_COMMAND_PORT", Integer.toString(settings.commandPort()),
                        "DISCLOSURE_COMMAND_DB_URL", commandDb,
                        "DISCLOSURE_COMMAND_DB_USER", settings.databaseUser(),
                        "DISCLOSURE_COMMAND_DB_PASSWORD", settings.databasePassword(),
                        "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                        "DISCLOSURE_TOKEN_SECRET", tokenSecret,
                        "DISCLOSURE_SIGN_OFF_AGENCIES", settings.signOffAgencies())));
        Map<String, String> queryEnvironment = Map.of(
                "DISCLOSURE_QUERY_PORT", Integer.toString(settings.queryPort()),
                "DISCLOSURE_QUERY_DB_URL", queryDb,
                "DISCLOSURE_QUERY_DB_USER", settings.databaseUser(),
                "DISCLOSURE_QUERY_DB_PASSWORD", settings.databasePassword(),
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "DISCLOSURE_COMMAND_DB_URL", commandDb,
                "DISCLOSURE_COMMAND_DB_USER", settings.databaseUser(),
                "DISCLOSURE_COMMAND_DB_PASSWORD", settings.databasePassword(),
                "DISCLOSURE_TOKEN_SECRET", tokenSecret);
        if (settings.rebuild()) {
            say("从事件库重建查询数据 / rebuilding the read models from the event store …");
            Services.runOnce("query-service", settings.home(), data.resolve("logs/query-service-rebuild.log"),
                    queryEnvironment, "--disclosure.rebuild=true", "--server.port=0");
        }
        say("启动 query-service / starting query-service on port " + settings.queryPort() + " …");
        running.push(Services.start("query-service", settings.home(), settings.queryPort(),
                data.resolve("logs/query-service.log"), queryEnvironment));

        Path demoMarker = data.resolve("demo-year-loaded");
        if (settings.demo() && !Files.exists(demoMarker)) {
            say("载入演示年度数据 / loading the demo year …");
            DemoYear.Summary summary = new DemoYear(settings.commandPort(), settings.queryPort(), tokenSecret,
                    settings.signOff(), settings.calendar(), Clock.systemUTC()).load();
            write(demoMarker, summary.toString());
            say("演示数据：" + summary);
        }
        if (settings.demo() && Files.exists(demoMarker)) {
            DemoStaffFile.ensure(data);
            say("演示用户 / demo staff: 负责人 " + DemoStaffFile.SUPERVISORS.get(DemoYear.AGENCIES.size() - 1).userId()
                    + "（" + DemoYear.AGENCIES.get(DemoYear.AGENCIES.size() - 1) + "）等，密码见 / password in "
                    + data.resolve(DemoStaffFile.NOTE).toAbsolutePath());
        }

        String web = webDb == null ? null : startWebApp(data, webDb);

        String command = "http://localhost:" + settings.commandPort();
        String query = "http://localhost:" + settings.queryPort();
        System.out.println();
        System.out.println("依申请公开案件系统已启动 / the system is running");
        System.out.println(web == null ? "  工作人员网页未启动：请设置 DISCLOSURE_WEB_DB_URL / web application not started: set "
                + "DISCLOSURE_WEB_DB_URL" : "  工作人员网页 web application  " + web + "   " + WebApp.firstAdministratorNote(data));
        System.out.println("  登记与办理 command-service  " + command + "   API 文档: " + command + "/swagger-ui");
        System.out.println("  查询与年报 query-service    " + query + "   API 文档: " + query + "/swagger-ui");
        System.out.println("  年度报告示例 / annual tables: " + query + "/api/reports/" + DemoYear.YEAR + "/html");
        Set<String> signingOff = new TreeSet<>(settings.signOff().agencies());
        System.out.println("  答复须经负责人签发的机关 / agencies whose answers are signed off: " + (signingOff.isEmpty()
                ? "无 / none" : String.join("、", signingOff)) + "   (DISCLOSURE_SIGN_OFF_AGENCIES)");
        System.out.println("  数据目录 / data: " + data.toAbsolutePath() + "   日志 / logs: " + data.resolve("logs").toAbsolutePath());
        System.out.println("  按 Ctrl-C 停止全部 / press Ctrl-C to stop everything");
        watch();
    }

    private String startWebApp(Path data, String webDb) {
        say("启动 web-app / starting the web application on port " + settings.webPort() + " …");
        running.push(Services.start("web-app", settings.home(), settings.webPort(), data.resolve("logs/web-app.log"),
                WebApp.environment(data, settings, webDb)));
        return "http://localhost:" + settings.webPort();
    }

    /** Keeps the launcher alive while every child runs; if one dies, says so and stops the rest. */
    private void watch() {
        while (true) {
            ManagedProcess dead = null;
            // under the lock stop() holds while it ends the parts one by one: once stopping, a part that ended was
            // told to, and the list is not read while stop() takes it apart
            synchronized (this) {
                if (stopping) {
                    return;
                }
                for (AutoCloseable part : running) {
                    if (part instanceof ManagedProcess process && !process.alive()) {
                        dead = process;
                        break;
                    }
                }
            }
            if (dead != null) {
                System.err.println(dead.name() + " 意外退出，正在停止全部 / " + dead.name()
                        + " stopped unexpectedly; stopping everything (see " + settings.dataDirectory().resolve("logs") + ")");
                System.exit(1); // outside the lock: the shutdown hook's stop() takes it
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void stop() {
        stopping = true;
        if (running.isEmpty()) {
            return;
        }
        say("正在停止 / stopping …");
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("停止时出错 / while stopping: " + e.getMessage());
            }
        }
        say("已全部停止 / everything stopped");
    }

    private void lock(Path data) {
        try {
            FileChannel channel = FileChannel.open(data.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException("系统已在运行：数据目录 " + data.toAbsolutePath() + " 正被另一个启动程序使用 / "
                        + "already running: another launcher uses " + data.toAbsolutePath());
            }
            running.push(() -> {
                lock.release();
                channel.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void say(String message) {
        System.out.println("[启动程序] " + message);
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new LaunchException("无法创建目录 " + path + " / cannot create " + path + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new LaunchException("无法清空数据目录 " + path + " / cannot delete " + path + ": " + e.getMessage());
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
