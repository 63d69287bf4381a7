package disclosure.command.casenumber;

import disclosure.command.unitofwork.WrittenAtCommit;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final String CLAIM_AT_COMMIT = JdbcCaseNumbers.class.getName() + ".claimAtCommit";

    private final JdbcTemplate jdbc;
    private final WrittenAtCommit<Claim> claimsAtCommit = new WrittenAtCommit<>("case-numbers", this::registerAll);

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
        if (CurrentUnitOfWork.isStarted()
                && Boolean.TRUE.equals(CurrentUnitOfWork.get().root().getResource(CLAIM_AT_COMMIT))) {
            claimsAtCommit.add(new Claim(agency, caseNumber, applicationId));
            return true;
        }
        if (!register(agency, caseNumber, applicationId)) {
            return false;
        }
        continueAfter(List.of(new Numbered(agency, caseNumber)));
        return true;
    }

    @Override
    public void claimAtCommit(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(CLAIM_AT_COMMIT, Boolean.TRUE);
    }

    private record Claim(String agency, String caseNumber, String applicationId) {}

    /** The claims of a unit of work, in one statement; a number registered meanwhile fails the transaction. */
    private void registerAll(List<Claim> claims) {
        int registered = jdbc.update("""
                INSERT INTO case_number (agency, case_number, application_id)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[])
                ON CONFLICT (agency, case_number) DO NOTHING""",
                claims.stream().map(Claim::agency).toArray(String[]::new),
                claims.stream().map(Claim::caseNumber).toArray(String[]::new),
                claims.stream().map(Claim::applicationId).toArray(String[]::new));
        if (registered != claims.size()) {
            throw new IllegalStateException((claims.size() - registered) + " of " + claims.size()
                    + " case numbers were registered meanwhile by another application");
        }
        continueAfter(claims.stream().map(claim -> new Numbered(claim.agency(), claim.caseNumber())).toList());
    }

    /** Later numbers of the agency's year continue after the standard ones ({@code 2024-0007}) among these. */
    private void continueAfter(List<Numbered> numbers) {
        Map<List<Object>, Long> highest = new LinkedHashMap<>();
        for (Numbered number : numbers) {
            Matcher standard = STANDARD.matcher(number.caseNumber());
            if (standard.matches()) {
                highest.merge(List.of(number.agency(), Integer.parseInt(standard.group(1))),
                        Long.parseLong(standard.group(2)), Math::max);
            }
        }
        if (highest.isEmpty()) {
            return;
        }
        // One row per agency and year: an upsert may not touch the same row twice.
        jdbc.update("""
                INSERT INTO case_number_counter (agency, year, last_number)
                SELECT * FROM unnest(?::varchar[], ?::int[], ?::bigint[])
                ON CONFLICT (agency, year)
                DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, excluded.last_number)""",
                highest.keySet().stream().map(key -> key.get(0)).toArray(String[]::new),
                highest.keySet().stream().map(key -> key.get(1)).toArray(Integer[]::new),
                highest.values().toArray(Long[]::new));
    }

    @Override
    public Set<Numbered> registeredAmong(Collection<Numbered> numbers) {
        Set<Numbered> registered = new HashSet<>();
        if (numbers.isEmpty()) {
            return registered;
        }
        jdbc.query("""
                SELECT agency, case_number FROM case_number
                WHERE (agency, case_number) IN (SELECT * FROM unnest(?::varchar[], ?::varchar[]))""",
                (RowCallbackHandler) rs -> registered.add(new Numbered(rs.getString(1), rs.getString(2))),
                numbers.stream().map(Numbered::agency).toArray(String[]::new),
                numbers.stream().map(Numbered::caseNumber).toArray(String[]::new));
        return registered;
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
