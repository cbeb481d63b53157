package fr.resilience360.account;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The UserInfo of an OpenID Connect provider, as JSON or as a signed JWT ({@code application/jwt}, OpenID Connect Core
 * 5.3.2), which is what ProConnect answers and Spring Security does not read (spring-security issue 9583). A JWT is
 * checked against the provider's keys ({@code jwk-set-uri}) before its claims are believed.
 */
final class SignedUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient rest = RestClient.create();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        try {
            ResponseEntity<String> response = rest.get()
                    .uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .headers(h -> h.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(MediaType.APPLICATION_JSON, JWT)
                    .retrieve()
                    .toEntity(String.class);
            MediaType type = response.getHeaders().getContentType();
            Map<String, Object> claims = type != null && JWT.isCompatibleWith(type)
                    ? decoder(registration).decode(response.getBody()).getClaims()
                    : JsonParserFactory.getJsonParser().parseMap(response.getBody());
            return new DefaultOAuth2User(Set.of(), claims, "sub");
        } catch (RestClientException
                | IllegalArgumentException
                | org.springframework.security.oauth2.jwt.JwtException e) {
            OAuth2Error error = new OAuth2Error("invalid_user_info_response", e.getMessage(), null);
            throw new OAuth2AuthenticationException(error, e);
        }
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(
                registration.getRegistrationId(),
                id -> NimbusJwtDecoder.withJwkSetUri(
                                registration.getProviderDetails().getJwkSetUri())
                        .jwsAlgorithms(algorithms -> {
                            algorithms.add(SignatureAlgorithm.RS256);
                            algorithms.add(SignatureAlgorithm.ES256);
                        })
                        .build());
    }
}
