package fr.resilience360.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and licence of the open-data API shown at {@code /v3/api-docs} and {@code /swagger-ui/index.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI resilienceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API Résilience 360")
                        .version("v1")
                        .description("Territoires, indicateurs et diagnostics de résilience des territoires français, "
                                + "en données ouvertes. Chaque valeur indique sa source, son millésime et sa licence.")
                        .license(new License()
                                .name("Licence Ouverte 2.0 (données)")
                                .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
    }
}
