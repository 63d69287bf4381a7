package disclosure.command.casenumber;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers from the {@code case_number_counter} table. The upsert takes a row lock, so two intakes for the
 * same agency and year on any number of nodes get different numbers.
 */
@Component
public class JdbcCaseNumbers implements CaseNumbers {
    private final JdbcTemplate jdbc;

    public JdbcCaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(String agency, int year) {
        Long sequence = jdbc.queryForObject("""
                INSERT INTO case_number_counter (agency, year, last_number) VALUES (?, ?, 1)
                ON CONFLICT (agency, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
                RETURNING last_number""", Long.class, agency, year);
        return CaseNumbers.format(year, sequence);
    }
}
