package fr.resilience360.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in sessions' store when the application runs a command: Spring Boot configures Spring Session for a web
 * server only, yet the account commands need the store ({@code disable-user} closes the account's sessions), and
 * without it no account command could start. Same table as the server's ({@code spring.session.jdbc.table-name}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNotWebApplication
class CommandLineSessions {

    @Bean
    JdbcIndexedSessionRepository commandLineSessionRepository(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${spring.session.jdbc.table-name}") String table) {
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(jdbc, transactions);
        sessions.setTableName(table);
        return sessions;
    }
}
