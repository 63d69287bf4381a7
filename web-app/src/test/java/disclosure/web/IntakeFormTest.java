package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on the intake form comes back as the form, with a Chinese message naming the rule, and registers nothing. */
class IntakeFormTest extends WebAppTest {
    private static final String AGENCY = "某市市场监督管理局";

    private StaffSession intake;

    @BeforeEach
    void loggedIn() {
        agency(AGENCY);
        user("intake.form", "登记员丙", AGENCY, Role.INTAKE);
        intake = new StaffSession(url(""));
        intake.login("intake.form", PASSWORD);
        intake.get("/intake");
    }

    private static Map<String, String> form(String handedInOn, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "IN_PERSON");
        form.put("handedInOn", handedInOn);
        form.put("category", "NATURAL_PERSON");
        form.put("name", name);
        form.put("idDocumentNumber", "110101199001010000");
        form.put("requestedInformation", "本局2024年抽查结果");
        form.put("deliveryForm", "EMAIL");
        return form;
    }

    private long registered() {
        return intake.get("/cases?q=" + java.net.URLEncoder.encode("本局2024年抽查结果",
                java.nio.charset.StandardCharsets.UTF_8)).body().split("data-case=").length - 1;
    }

    @Test
    void missingFieldsAreNamed() {
        HttpResponse<String> response = intake.post("/intake", form(LegalTime.today(Clock.systemUTC()).toString(), ""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("请填写必填项").contains("申请人姓名或名称");
    }

    @Test
    void aDateThatIsNoDateIsNamed() {
        HttpResponse<String> response = intake.post("/intake", form("2023-02-30", "张三"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("提交之日“2023-02-30”不是有效日期");
    }

    @Test
    void theCommandServicesRefusalIsShownInItsOwnWords() {
        String tomorrow = LegalTime.today(Clock.systemUTC()).plusDays(1).toString();
        HttpResponse<String> response = intake.post("/intake", form(tomorrow, "张三"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("日期不能晚于今天").contains(tomorrow);
        assertThat(registered()).isZero();
    }

    @Test
    void theReceiptDateIsDerivedAsTheFormIsFilled() {
        HttpResponse<String> missing = intake.post("/intake/receipt-date", Map.of("channel", "REGISTERED_MAIL"));
        assertThat(missing.body()).contains("以邮寄（需签收）方式提交的申请须填写签收之日");
        HttpResponse<String> derived = intake.post("/intake/receipt-date",
                Map.of("channel", "REGISTERED_MAIL", "signedForOn", "2024-03-05"));
        assertThat(derived.body()).contains("2024-03-05").contains("条例第三十一条");
    }
}
