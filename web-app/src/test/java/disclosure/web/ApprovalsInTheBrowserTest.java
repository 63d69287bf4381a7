package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.Browser;
import disclosure.web.support.Intake;
import disclosure.web.support.RunningServices;
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
 * 审批 in a real browser, in an agency whose answers the 负责人 signs off: the 承办人 asks for an extension and submits
 * the answer (no 答复 is offered there); the 负责人 approves the extension and returns the answer on the 审批 page; the
 * 承办人 submits it again and the 负责人 signs it off, which closes the case in their name. Screenshots of the 审批 page
 * and the case are saved with the others.
 */
class ApprovalsInTheBrowserTest extends WebAppTest {
    private static final String AGENCY = RunningServices.SIGN_OFF_AGENCY;

    private Browser browser;

    @BeforeEach
    void start() {
        agency(AGENCY);
        user("dengji.gh", "登记员小孙", AGENCY, Role.INTAKE);
        user("chengban.gh", "承办人小周", AGENCY, Role.HANDLER);
        user("fuze.gh", "负责人小吴", AGENCY, Role.SUPERVISOR);
        browser = new Browser(url(""));
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anExtensionIsAskedForAndApprovedAndAnAnswerReturnedThenSignedOff() {
        LocalDate today = LegalTime.today(Clock.systemUTC());
        String id = Intake.register(loggedIn("dengji.gh"), Intake.form(today, "110101199306061234",
                "2024年本市国有建设用地供应计划执行情况"));
        String casePath = "/cases/" + id;

        browser.login("chengban.gh", PASSWORD);
        browser.open(casePath);
        String caseNumber = browser.text(By.id("case-number"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-action='answer']"))).isEmpty();
        act("extension-request", "申请延期");
        browser.type(By.id("extension-request-workingDays"), "10");
        browser.type(By.id("extension-request-reason"), "需调取2019年以来的供地档案");
        submitAndAwait("extension-request", "已申请延期");
        assertThat(browser.driver().findElements(By.cssSelector("[data-action='extension-request']"))).isEmpty();
        submitAnswer();
        assertThat(browser.text(By.id("timeline"))).contains("申请延长答复期限").contains("提交签发");
        assertThat(browser.text(By.id("case-status"))).contains("办理中");
        browser.logout();

        browser.login("fuze.gh", PASSWORD);
        browser.find(By.id("nav-approvals")).click();
        assertThat(browser.text(By.id("extension-requests"))).contains(caseNumber).contains("chengban.gh")
                .contains("10个工作日").contains("需调取2019年以来的供地档案");
        assertThat(browser.text(By.id("answers-awaiting-sign-off"))).contains(caseNumber)
                .contains("予以公开").contains("条例第三十六条第二项");
        browser.screenshot("10-approvals");
        browser.find(By.id("approve-" + caseNumber)).click();
        browser.waitForText(By.id("flash-message"), "已批准延期");
        assertThat(browser.text(By.id("extension-requests"))).contains("没有待审批的延期申请");
        browser.type(By.id("return-reason-" + caseNumber), "请在摘要中列明供地宗数");
        browser.find(By.id("return-" + caseNumber)).click();
        browser.waitForText(By.id("flash-message"), "已退回答复");
        assertThat(browser.text(By.id("answers-awaiting-sign-off"))).contains("没有待签发的答复");
        browser.logout();

        browser.login("chengban.gh", PASSWORD);
        browser.open(casePath);
        assertThat(browser.text(By.id("timeline"))).contains("批准延期申请").contains("延长答复期限")
                .contains("退回答复");
        assertThat(browser.text(By.id("trace"))).contains("延长答复期限10个工作日");
        submitAnswer();
        browser.logout();

        browser.login("fuze.gh", PASSWORD);
        browser.open("/approvals");
        assertThat(browser.text(By.id("answers-awaiting-sign-off"))).contains(caseNumber);
        browser.find(By.id("sign-off-" + caseNumber)).click();
        browser.waitForText(By.id("flash-message"), "已签发答复");
        assertThat(browser.text(By.id("answers-awaiting-sign-off"))).contains("没有待签发的答复");
        browser.screenshot("11-approvals-done");
        browser.open(casePath);
        assertThat(browser.text(By.id("case-status"))).contains("已办结").contains("予以公开");
        assertThat(browser.text(By.id("timeline"))).contains("签发答复").contains("fuze.gh");
        browser.screenshot("12-case-signed-off");
    }

    /** 提交签发 on the case page, in place of 答复. */
    private void submitAnswer() {
        act("answer-draft", "提交签发");
        new Select(browser.find(By.id("answer-draft-outcome"))).selectByValue("1");
        browser.type(By.id("answer-draft-legalBasis"), "条例第三十六条第二项");
        browser.type(By.id("answer-draft-summary"), "提供供应计划执行情况表");
        submitAndAwait("answer-draft", "已提交签发");
        assertThat(browser.driver().findElements(By.cssSelector("[data-action='answer-draft']"))).isEmpty();
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
