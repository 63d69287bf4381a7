package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.Browser;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole case in a real browser, as the staff would walk it: the 登记员 registers an application, the 承办人 sends a
 * 补正 notice, receives the supplement and answers 部分公开, and the 统计员 sees table 三 grow by one in the row
 * （二）部分公开 and the 自然人 column. Screenshots of each main page are saved for a reviewer ({@link
 * ApprovalsInTheBrowserTest} goes on with the 审批 page).
 */
class WholeCaseInTheBrowserTest extends WebAppTest {
    private static final String AGENCY = "某市住房和城乡建设局";
    private static final By PARTLY_DISCLOSED_NATURAL_PERSON = By.cssSelector("td[data-source='table3:2:0'] a");
    private static final By PARTLY_DISCLOSED_TOTAL = By.cssSelector("td[data-source='table3:2:6'] a");

    private Browser browser;

    @BeforeEach
    void start() {
        agency(AGENCY);
        user("dengji", "登记员小张", AGENCY, Role.INTAKE);
        user("chengban", "承办人小李", AGENCY, Role.HANDLER);
        user("tongji", "统计员小王", null, Role.STATISTICIAN);
        browser = new Browser(url(""));
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private int reportCell(int year, By cell) {
        browser.open("/reports?year=" + year + "&agency=" + AGENCY);
        return Integer.parseInt(browser.text(cell));
    }

    @Test
    void aCaseFromIntakeToAnswerMovesTableThreeByOneInTheRightCell() {
        LocalDate today = LegalTime.today(Clock.systemUTC());
        browser.open("/login");
        browser.screenshot("00-login");

        browser.login("tongji", PASSWORD);
        int before = reportCell(today.getYear(), PARTLY_DISCLOSED_NATURAL_PERSON);
        int totalBefore = Integer.parseInt(browser.text(PARTLY_DISCLOSED_TOTAL));
        browser.logout();

        browser.login("dengji", PASSWORD);
        browser.open("/intake");
        new Select(browser.find(By.id("channel"))).selectByValue("IN_PERSON");
        browser.setDate(By.id("handedInOn"), today.toString());
        browser.waitForText(By.id("receipt"), today.toString());
        assertThat(browser.text(By.id("receipt"))).contains("当面提交，以提交之日" + today + "为收到申请之日");
        browser.type(By.id("name"), "陈小红");
        browser.type(By.id("idDocumentNumber"), "110101198507151234");
        browser.type(By.id("phone"), "13600001111");
        browser.type(By.id("address"), "北京市西城区金融大街5号");
        browser.type(By.id("requestedInformation"), "2024年本市保障性租赁住房项目清单");
        browser.screenshot("01-intake");
        browser.find(By.id("register")).click();
        String caseNumber = browser.text(By.id("case-number"));
        assertThat(browser.text(By.id("flash-message"))).contains("已登记").contains(caseNumber);
        assertThat(browser.text(By.id("applicant-id"))).isEqualTo("110101********1234");
        String casePath = browser.path().replaceFirst("\\?.*$", "");
        browser.screenshot("02-case-registered");
        browser.logout();

        browser.login("chengban", PASSWORD);
        browser.open("/cases?q=" + caseNumber);
        assertThat(browser.text(By.id("cases"))).contains(caseNumber).contains("陈小红");
        browser.screenshot("03-cases");
        browser.open(casePath);
        assertThat(browser.driver().findElements(By.cssSelector("[data-action='supplement']"))).isEmpty();

        act("supplement-request", "补正告知");
        browser.type(By.id("supplement-request-missingItems"), "请补充所需信息的具体项目名称");
        browser.setDate(By.id("supplement-request-supplementDueDate"), today.plusDays(15).toString());
        submitAndAwait("supplement-request", "已补正告知");
        assertThat(browser.text(By.id("clock"))).contains("等待补正");

        act("supplement", "收到补正材料");
        submitAndAwait("supplement", "已收到补正材料");
        assertThat(browser.text(By.id("clock"))).contains("计时中");
        browser.screenshot("04-case-clock-running");

        browser.open("/alerts");
        assertThat(browser.text(By.id("board"))).contains(caseNumber);
        browser.screenshot("05-alerts");

        browser.open(casePath);
        act("answer", "答复");
        new Select(browser.find(By.id("answer-outcome"))).selectByValue("2");
        browser.type(By.id("answer-legalBasis"), "条例第三十七条");
        submitAndAwait("answer", "已答复");
        assertThat(browser.text(By.id("case-status"))).contains("已办结").contains("部分公开");
        assertThat(browser.text(By.id("timeline"))).contains("登记申请").contains("补正告知").contains("收到补正材料")
                .contains("答复").contains("dengji").contains("chengban");
        browser.screenshot("06-case-answered");
        browser.logout();

        browser.login("tongji", PASSWORD);
        assertThat(reportCell(today.getYear(), PARTLY_DISCLOSED_NATURAL_PERSON)).isEqualTo(before + 1);
        assertThat(Integer.parseInt(browser.text(PARTLY_DISCLOSED_TOTAL))).isEqualTo(totalBefore + 1);
        browser.screenshot("07-report");
        browser.find(PARTLY_DISCLOSED_NATURAL_PERSON).click();
        assertThat(browser.text(By.id("provenance-items"))).contains(caseNumber);
        browser.screenshot("08-report-cell");
        browser.open("/reports/proactive?agency=" + AGENCY);
        assertThat(browser.text(By.id("issue-document"))).contains("文号");
        browser.screenshot("09-report-table2");
    }

    /** Opens the form of an offered action. */
    private void act(String slug, String label) {
        browser.find(By.cssSelector("[data-action='" + slug + "'] summary")).click();
        assertThat(browser.text(By.cssSelector("[data-action='" + slug + "'] summary"))).startsWith(label);
    }

    /** Submits it and waits for the page that shows the result (the read side has caught up by then). */
    private void submitAndAwait(String slug, String message) {
        browser.find(By.id("submit-" + slug)).click();
        browser.waitForText(By.id("flash-message"), message);
    }
}
