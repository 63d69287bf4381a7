package disclosure.command.casenumber;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers from the {@code case_number_counter} and {@code case_number} tables. The counter upsert takes a
 * row lock, so two intakes for the same agency and year on any number of nodes get different numbers; a number
 * already claimed by an import is skipped.
 */
@Component
public class JdbcCaseNumbers implements CaseNumbers {
    private static final Pattern STANDARD = Pattern.compile("(\\d{4})-(\\d{1,9})");

    private final JdbcTemplate jdbc;

    public JdbcCaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(String agency, int year, String applicationId) {
        while (true) {
            Long sequence = jdbc.queryForObject("""
                    INSERT INTO case_number_counter (agency, year, last_number) VALUES (?, ?, 1)
                    ON CONFLICT (agency, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
                    RETURNING last_number""", Long.class, agency, year);
            String number = CaseNumbers.format(year, sequence);
            if (register(agency, number, applicationId)) {
                return number;
            }
        }
    }

    @Override
    public boolean claim(String agency, String caseNumber, String applicationId) {
        if (!register(agency, caseNumber, applicationId)) {
            return false;
        }
        Matcher standard = STANDARD.matcher(caseNumber);
        if (standard.matches()) {
            jdbc.update("""
                    INSERT INTO case_number_counter (agency, year, last_number) VALUES (?, ?, ?)
                    ON CONFLICT (agency, year)
                    DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, excluded.last_number)""",
                    agency, Integer.parseInt(standard.group(1)), Long.parseLong(standard.group(2)));
        }
        return true;
    }

    @Override
    public Optional<String> applicationOf(String agency, String caseNumber) {
        return jdbc.queryForList("SELECT application_id FROM case_number WHERE agency = ? AND case_number = ?",
                String.class, agency, caseNumber).stream().findFirst();
    }

    private boolean register(String agency, String caseNumber, String applicationId) {
        return jdbc.update("""
                INSERT INTO case_number (agency, case_number, application_id) VALUES (?, ?, ?)
                ON CONFLICT (agency, case_number) DO NOTHING""", agency, caseNumber, applicationId) == 1;
    }
}
