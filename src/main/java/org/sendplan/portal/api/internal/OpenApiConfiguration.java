package org.sendplan.portal.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description at /v3/api-docs (and Swagger UI): every /api/v1 operation needs a personal access token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN_SCHEME = "personalAccessToken";

    @Bean
    OpenAPI portalApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("SEND Plan Portal API")
                                .version("v1")
                                .description(
                                        "For school information systems. Each call acts as the person who created the token, in their local "
                                                + "authority and with their roles there: a school editor reaches only their own school(s). "
                                                + "Errors are RFC 9457 problem details; bad input lists each field under 'errors'."))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        TOKEN_SCHEME,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("spp_…")
                                                .description(
                                                        "A personal access token created in the portal under 'Personal access tokens'.")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }
}
