package disclosure.web;

import disclosure.testsupport.TestStaff;
import disclosure.access.Role;
import disclosure.web.support.RunningServices;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 预警 page: an application imported long past its due date raises an overdue alert in its handler's inbox; 确认
 * marks it read (the page shows it once the inbox reflects the command), a second 确认 is refused in the service's
 * own words, and nobody outside the roles or the agency can acknowledge. The daily digest counts the overdue case.
 */
class AlertsInTheWebAppTest extends WebAppTest {
    private static final String AGENCY = "某市应急管理局";
    private static final String OTHER_AGENCY = "某市水务局";
    private static final Pattern ACKNOWLEDGE = Pattern.compile(
            "action=\"(/alerts/[^/\"]+/[^/\"]+/acknowledge)[^\"]*\"");

    @BeforeEach
    void staff() {
        agency(AGENCY);
        agency(OTHER_AGENCY);
        user("handler.alerts", "承办人丁", AGENCY, Role.HANDLER);
        user("handler.water", "承办人戊", OTHER_AGENCY, Role.HANDLER);
        user("intake.alerts", "登记员丁", AGENCY, Role.INTAKE);
    }

    /** Imports, as {@code handler.alerts}, an application received long ago and never answered. */
    private static void importOverdue(String caseNo) throws IOException, InterruptedException {
        String line = """
                {"agency": "%s", "caseNo": "%s", "channel": "IN_PERSON", "receivedOn": "2024-05-06", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "钱七"}, "description": "某文件", \
                "steps": []}""".formatted(AGENCY, caseNo);
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RunningServices.get().commandUrl() + "/api/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", TestStaff.bearer("handler.alerts"))
                .POST(HttpRequest.BodyPublishers.ofString(line, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    /** The inbox page once the overdue alert of {@code caseNo} is in it, unread (with its 确认 button). */
    private static String inboxWithUnreadAlert(StaffSession handler, String caseNo) {
        return await("the overdue alert of " + caseNo).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> handler.get("/alerts?state=UNREAD").body(),
                        body -> ACKNOWLEDGE.matcher(inboxRow(body, caseNo)).find());
    }

    /** The row of the inbox (not of the board below it) that shows {@code caseNo}, or "" if there is none. */
    private static String inboxRow(String page, String caseNo) {
        String inbox = page.substring(0, Math.max(0, page.indexOf("id=\"board\"")));
        int at = inbox.indexOf(">" + caseNo + "</a>");
        return at < 0 ? "" : inbox.substring(at, inbox.indexOf("</tr>", at));
    }

    private static String acknowledgePath(String page, String caseNo) {
        Matcher form = ACKNOWLEDGE.matcher(inboxRow(page, caseNo));
        assertThat(form.find()).as("an 确认 button on the row of " + caseNo).isTrue();
        return form.group(1);
    }

    @Test
    void acknowledgingMarksTheAlertReadAndASecondAcknowledgementIsRefusedInTheServicesWords() throws Exception {
        importOverdue("2024-0901");
        StaffSession handler = loggedIn("handler.alerts");
        String path = acknowledgePath(inboxWithUnreadAlert(handler, "2024-0901"), "2024-0901");

        HttpResponse<String> acknowledged = handler.post(path, Map.of());
        assertThat(StaffSession.location(acknowledged)).contains("minPosition=");
        String after = handler.follow(acknowledged).body();
        assertThat(after).contains("已确认预警（已阅）").contains("已阅（handler.alerts");

        HttpResponse<String> again = handler.post(path, Map.of());
        Matcher refused = Pattern.compile("id=\"flash-error\">([^<]*)<").matcher(handler.follow(again).body());
        assertThat(refused.find()).as("an error shown").isTrue();
        assertThat(refused.group(1)).startsWith("确认未成功").contains("handler.alerts");
    }

    @Test
    void onlyTheAgencysHandlersAndSupervisorsMayAcknowledge() throws Exception {
        importOverdue("2024-0902");
        String path = acknowledgePath(inboxWithUnreadAlert(loggedIn("handler.alerts"), "2024-0902"), "2024-0902");

        StaffSession otherAgency = loggedIn("handler.water");
        otherAgency.get("/alerts");
        assertThat(otherAgency.post(path, Map.of()).statusCode()).isEqualTo(403);
        assertThat(otherAgency.get("/alerts?scope=agency").body()).doesNotContain("2024-0902");

        StaffSession intake = loggedIn("intake.alerts");
        intake.get("/cases");
        assertThat(intake.post(path, Map.of()).statusCode()).isEqualTo(403);
        assertThat(loggedIn("handler.alerts").get("/alerts?state=UNREAD").body()).contains("2024-0902");
    }

    @Test
    void theDailyDigestCountsTheOverdueApplicationAndABadDateIsNamed() throws Exception {
        importOverdue("2024-0903");
        StaffSession handler = loggedIn("handler.alerts");
        inboxWithUnreadAlert(handler, "2024-0903");
        String page = handler.get("/alerts").body();
        Matcher overdue = Pattern.compile("已逾期 <strong>(\\d+)</strong> 件").matcher(page);
        assertThat(overdue.find()).as("the digest's overdue count").isTrue();
        assertThat(Integer.parseInt(overdue.group(1))).isPositive();

        HttpResponse<String> bad = handler.get("/alerts?date=2024-13-01");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("摘要日期“2024-13-01”不是有效日期");
    }
}
