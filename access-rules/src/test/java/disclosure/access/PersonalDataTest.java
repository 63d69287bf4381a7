package disclosure.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void anIdNumberKeepsOnlyItsRegionAndLastFourCharacters() {
        assertThat(PersonalData.idNumber("110101199001011234")).isEqualTo("110101********1234");
        assertThat(PersonalData.idNumber("91110000MA01ABCD2X")).isEqualTo("911100********CD2X");
    }

    @Test
    void aPhoneKeepsItsPrefixAndLastFourDigits() {
        assertThat(PersonalData.phone("13800001234")).isEqualTo("138****1234");
    }

    @Test
    void anAddressKeepsItsFirstSixCharacters() {
        assertThat(PersonalData.address("北京市东城区东华门街道1号")).isEqualTo("北京市东城区****");
        assertThat(PersonalData.address("东城区")).isEqualTo("****");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(PersonalData.email("zhangsan@example.cn")).isEqualTo("z***@example.cn");
    }

    @Test
    void shortValuesShowNoMoreThanTheirLastCharacter() {
        assertThat(PersonalData.phone("12345")).isEqualTo("****5");
        assertThat(PersonalData.idNumber("7")).isEqualTo("*7");
    }

    @Test
    void missingValuesStayMissing() {
        assertThat(PersonalData.phone(null)).isNull();
        assertThat(PersonalData.address("")).isEmpty();
    }
}
