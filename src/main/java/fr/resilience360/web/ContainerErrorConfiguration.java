package fr.resilience360.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link FrenchErrorReportValve} in place of the error report valve of Tomcat's host (Spring Boot's, which only
 * hides the server's version), so that requests rejected by Tomcat itself are answered in French.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContainerErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> frenchErrorReport() {
        return new FrenchErrorReport();
    }

    /** Runs after Spring Boot's own customizer, so that its context customizer has added its valve already. */
    static final class FrenchErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceValve((Host) context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        private static void replaceValve(Host host) {
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) host.getPipeline().removeValve(valve);
            }
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new FrenchErrorReportValve());
        }
    }
}
