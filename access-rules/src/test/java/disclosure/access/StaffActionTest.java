package disclosure.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffActionTest {
    private static final String AGENCY = "某市交通运输局";

    private static StaffIdentity user(String agency, Role... roles) {
        return new StaffIdentity("u1", "用户", agency, Set.of(roles));
    }

    @Test
    void intakeStaffRegisterButDoNotHandleOrAnswer() {
        StaffIdentity intake = user(AGENCY, Role.INTAKE);
        assertThat(intake.may(StaffAction.RECEIVE_APPLICATION)).isTrue();
        assertThat(intake.may(StaffAction.REQUEST_SUPPLEMENT)).isFalse();
        assertThat(intake.may(StaffAction.RECORD_ANSWER)).isFalse();
        assertThat(intake.may(StaffAction.VIEW_REPORTS)).isFalse();
    }

    @Test
    void onlyTheSupervisorRecordsAnExtensionBecauseTheyApproveIt() {
        assertThat(StaffAction.EXTEND_ANSWER_PERIOD.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(user(AGENCY, Role.HANDLER).may(StaffAction.EXTEND_ANSWER_PERIOD)).isFalse();
        assertThat(user(AGENCY, Role.SUPERVISOR).may(StaffAction.EXTEND_ANSWER_PERIOD)).isTrue();
    }

    @Test
    void handlersAskForAnExtensionAndTheSupervisorDecidesAndSignsOff() {
        StaffIdentity handler = user(AGENCY, Role.HANDLER);
        StaffIdentity supervisor = user(AGENCY, Role.SUPERVISOR);
        assertThat(handler.may(StaffAction.REQUEST_EXTENSION)).isTrue();
        assertThat(handler.may(StaffAction.DECIDE_EXTENSION)).isFalse();
        assertThat(handler.may(StaffAction.SIGN_OFF_ANSWER)).isFalse();
        assertThat(supervisor.may(StaffAction.DECIDE_EXTENSION)).isTrue();
        assertThat(supervisor.may(StaffAction.SIGN_OFF_ANSWER)).isTrue();
        assertThat(StaffAction.REQUEST_EXTENSION.roles()).containsExactly(Role.HANDLER);
        assertThat(user(AGENCY, Role.INTAKE).may(StaffAction.REQUEST_EXTENSION)).isFalse();
    }

    @Test
    void inASignOffAgencyOnlyTheSupervisorAnswersDirectly() {
        SignOff signOff = SignOff.of(List.of(" " + AGENCY + " ", ""));
        assertThat(signOff.agencies()).containsExactly(AGENCY);
        assertThat(signOff.requiredIn(AGENCY)).isTrue();
        assertThat(signOff.requiredIn("某市生态环境局")).isFalse();
        assertThat(signOff.answersDirectly(Set.of(Role.HANDLER), AGENCY)).isFalse();
        assertThat(signOff.answersDirectly(Set.of(Role.HANDLER, Role.SUPERVISOR), AGENCY)).isTrue();
        assertThat(signOff.answersDirectly(Set.of(Role.HANDLER), "某市生态环境局")).isTrue();
        assertThat(SignOff.NONE.answersDirectly(Set.of(Role.HANDLER), AGENCY)).isTrue();
        assertThat(SignOff.of(null).agencies()).isEmpty();
    }

    @Test
    void statisticiansSeeReportsAndApplicationsButNeverUnmaskedPersonalData() {
        StaffIdentity statistician = user(null, Role.STATISTICIAN);
        assertThat(statistician.may(StaffAction.VIEW_REPORTS)).isTrue();
        assertThat(statistician.may(StaffAction.VIEW_APPLICATIONS)).isTrue();
        assertThat(statistician.may(StaffAction.VIEW_PERSONAL_DATA)).isFalse();
        assertThat(statistician.may(StaffAction.RECORD_ANSWER)).isFalse();
    }

    @Test
    void administratorsManageUsersAndTouchNoApplication() {
        StaffIdentity admin = user(null, Role.ADMINISTRATOR);
        assertThat(admin.may(StaffAction.MANAGE_USERS)).isTrue();
        assertThat(StaffAction.values()).filteredOn(a -> a != StaffAction.MANAGE_USERS && a != StaffAction.IMPORT_LEDGER)
                .allSatisfy(action -> assertThat(admin.may(action)).as(action.name()).isFalse());
    }

    @Test
    void aUserHoldingTwoRolesMayDoWhatEitherMay() {
        StaffIdentity both = user(AGENCY, Role.INTAKE, Role.HANDLER);
        assertThat(both.may(StaffAction.RECEIVE_APPLICATION)).isTrue();
        assertThat(both.may(StaffAction.RECORD_ANSWER)).isTrue();
    }

    @Test
    void agencyStaffSeeOnlyTheirOwnAgencysApplications() {
        StaffIdentity handler = user(AGENCY, Role.HANDLER);
        assertThat(handler.sees(AGENCY)).isTrue();
        assertThat(handler.sees("某市生态环境局")).isFalse();
        assertThat(handler.may(StaffAction.RECORD_ANSWER, "某市生态环境局")).isFalse();
        assertThat(handler.may(StaffAction.RECORD_ANSWER, AGENCY)).isTrue();
    }

    @Test
    void aCitywideStatisticianSeesEveryAgency() {
        StaffIdentity statistician = user(null, Role.STATISTICIAN);
        assertThat(statistician.citywide()).isTrue();
        assertThat(statistician.sees(AGENCY)).isTrue();
        assertThat(statistician.sees("某市生态环境局")).isTrue();
    }

    @Test
    void onlyRollUpRolesMaySpanTheWholeCity() {
        assertThatThrownBy(() -> user(null, Role.HANDLER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("只有统计员和管理员");
    }

    @Test
    void userIdsAreWhatTheEventLogAccepts() {
        assertThatThrownBy(() -> new StaffIdentity("张 三", "张三", AGENCY, Set.of(Role.HANDLER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("用户名");
        assertThatThrownBy(() -> new StaffIdentity("u1", "张三", AGENCY, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("角色");
    }

    @Test
    void onlyTheStatisticianCompilesTheReportAndEntersTableTwo() {
        assertThat(StaffAction.COMPILE_REPORT.roles()).containsExactly(Role.STATISTICIAN);
        assertThat(StaffAction.RECORD_PROACTIVE_DISCLOSURE.roles()).containsExactly(Role.STATISTICIAN);
        assertThat(user(AGENCY, Role.SUPERVISOR).may(StaffAction.COMPILE_REPORT)).isFalse();
        assertThat(user(AGENCY, Role.SUPERVISOR).may(StaffAction.VIEW_APPROVALS)).isTrue();
        assertThat(user(AGENCY, Role.HANDLER).may(StaffAction.VIEW_APPROVALS)).isFalse();
    }
}
