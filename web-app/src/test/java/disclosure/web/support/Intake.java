package disclosure.web.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registers an application through the intake page, as a 登记员 would. */
public final class Intake {
    private Intake() {
    }

    /** The intake form of an application handed in on {@code handedInOn} by a natural person. */
    public static Map<String, String> form(LocalDate handedInOn, String idNumber, String requestedInformation) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "IN_PERSON");
        form.put("handedInOn", handedInOn.toString());
        form.put("category", "NATURAL_PERSON");
        form.put("name", "王小明");
        form.put("idDocumentNumber", idNumber);
        form.put("phone", "13912345678");
        form.put("address", "北京市东城区东华门街道1号");
        form.put("requestedInformation", requestedInformation);
        form.put("deliveryForm", "EMAIL");
        return form;
    }

    /** Posts the form as the logged-in {@code intake} user and waits for its page; answers the application's id. */
    public static String register(StaffSession intake, Map<String, String> form) {
        intake.get("/intake");
        HttpResponse<String> response = intake.post("/intake", form);
        intake.follow(response); // the case page, shown once the query side has the application (read-your-writes)
        return StaffSession.location(response).replaceFirst("^.*/cases/", "").replaceFirst("\\?.*$", "");
    }
}
