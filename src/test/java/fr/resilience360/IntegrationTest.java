package fr.resilience360;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the real embedded PostgreSQL, with the real migrations and the
 * bundled data loaded, and a {@code MockMvcTester} for pages and API. The embedded Tomcat runs too, on a random port
 * ({@code @LocalServerPort}), for what only a real server does (requests Tomcat rejects, error dispatches). All such
 * tests share one application context (and one database) per test run: do not add context-changing annotations to a
 * test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {}
