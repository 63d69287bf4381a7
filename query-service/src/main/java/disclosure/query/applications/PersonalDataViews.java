package disclosure.query.applications;

import disclosure.access.Role;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.access.service.AccessDeniedProblem;
import disclosure.access.service.AccessRule;
import disclosure.query.applications.ApplicationQueries.ApplicationSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * 个人信息查看记录 (个人信息保护法): an applicant's ID number, phone, address and e-mail are shown unmasked only on
 * request ({@code personalData=true}), only to roles with {@link StaffAction#VIEW_PERSONAL_DATA}, and each such
 * answer is recorded in {@code personal_data_view} before it is given.
 */
@Component
public class PersonalDataViews {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PersonalDataViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws AccessDeniedProblem if the user's roles may not see personal data */
    void record(StaffIdentity staff, ApplicationSummary application) {
        if (!staff.may(StaffAction.VIEW_PERSONAL_DATA)) {
            StaffAction action = StaffAction.VIEW_PERSONAL_DATA;
            throw new AccessDeniedProblem(AccessRule.ACTION_NOT_ALLOWED, "「" + action.label() + "」只能由"
                    + action.roles().stream().map(Role::label).collect(Collectors.joining("、"))
                    + "进行；申请人的个人信息只能以遮蔽形式显示",
                    action.name() + " is for " + action.roles().stream().map(Role::name)
                            .collect(Collectors.joining(", ")) + " only; personal data stays masked");
        }
        jdbc.update("INSERT INTO personal_data_view (username, application_id, agency, viewed_at) VALUES (?, ?, ?, ?)",
                staff.userId(), application.applicationId(), application.agency(), Timestamp.from(clock.instant()));
    }
}
