package disclosure.query.report.yearclose;

import disclosure.query.position.ReadPosition;
import disclosure.query.position.StatusController;
import disclosure.query.report.full.ReportLedger;
import disclosure.statute.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 年度结账: once the injected clock has passed 00:00 on 1 January (Beijing time), the reports of the year just ended —
 * one per agency and the 全市汇总 — are generated as the log stood at that midnight and stored as sealed
 * {@code YEAR_CLOSE} snapshots. The close waits a grace period after midnight ({@code
 * disclosure.report.year-close-grace}, 10 minutes) and until this instance has applied every event it has received
 * with no consumer lag, so an event recorded at 23:59 that is still on its way through Kafka is counted. Checked every {@code disclosure.report.year-close-check} (and so also after a
 * restart that missed midnight). With several query-service instances exactly one closes the year: the close runs
 * under a PostgreSQL advisory lock, skips a year already in {@code report_year_close}, and the unique index on
 * year-close snapshots refuses a second one in any case.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "disclosure.rebuild", havingValue = "false", matchIfMissing = true)
public class YearClose {
    private static final Logger log = LoggerFactory.getLogger(YearClose.class);
    /** First key of the advisory lock: "年报" as a number, so the lock is ours alone. */
    private static final int LOCK_CLASS = 0x5E74_62A5;
    static final String SYSTEM = "system";

    private final LogFolds folds;
    private final ReadPosition readPosition;
    private final AnnualReports reports;
    private final SnapshotStore snapshots;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StatusController status;
    private final Duration grace;

    public YearClose(LogFolds folds, ReadPosition readPosition, AnnualReports reports, SnapshotStore snapshots,
                     JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                     StatusController status, @Value("${disclosure.report.year-close-grace:PT10M}") Duration grace) {
        this.folds = folds;
        this.readPosition = readPosition;
        this.reports = reports;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.status = status;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${disclosure.report.year-close-check:PT1M}",
            initialDelayString = "${disclosure.report.year-close-initial-delay:PT10S}")
    public void closeIfDue() {
        int year = LegalTime.today(Clock.offset(clock, grace.negated())).getYear() - 1;
        if (closed(year)) {
            return;
        }
        if (!status.status().caughtUp()) {
            log.info("Year {} not closed yet: waiting for the read models to catch up with the event stream", year);
            return;
        }
        close(year);
    }

    /** Closes {@code year} unless it is closed already; returns whether this call closed it. */
    public boolean close(int year) {
        Boolean closedHere = transactions.execute(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?, ?)", LOCK_CLASS, year);
            if (closed(year)) {
                return false;
            }
            Instant midnight = LegalTime.startOf(LocalDate.of(year + 1, 1, 1), 0);
            ReportLedger ledger = folds.recordedBy(midnight, readPosition.current());
            List<String> scopes = new ArrayList<>(ledger.agencies());
            scopes.add(null);
            Instant at = clock.instant();
            for (String agency : scopes) {
                snapshots.save(Snapshot.Kind.YEAR_CLOSE,
                        reports.generate(ledger, ledger.position(), midnight, year, agency, at), at, SYSTEM);
            }
            jdbc.update("INSERT INTO report_year_close (year, position, snapshots, closed_at) VALUES (?, ?, ?, ?)",
                    year, ledger.position(), scopes.size(), Timestamp.from(at));
            log.info("Year {} closed: {} reports sealed at position {}", year, scopes.size(), ledger.position());
            return true;
        });
        return Boolean.TRUE.equals(closedHere);
    }

    private boolean closed(int year) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM report_year_close WHERE year = ?", Integer.class,
                year);
        return count != null && count > 0;
    }
}
