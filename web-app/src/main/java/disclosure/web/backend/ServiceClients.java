package disclosure.web.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.StaffTokens;
import disclosure.web.WebProperties;
import disclosure.web.security.CurrentStaff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The two services as the web application calls them: every call carries a freshly minted token for the
 * logged-in user ({@code Authorization: Bearer}), from which the services take who acts, their roles and agency.
 * An error answer becomes a {@link BackendException} with the service's Chinese problem text.
 */
@Configuration
class ServiceClients {
    @Bean
    CommandApi commandApi(RestClient.Builder builder, WebProperties properties, StaffTokens tokens, ObjectMapper json) {
        return new CommandApi(client(builder, properties.commandUrl(), tokens, json));
    }

    @Bean
    QueryApi queryApi(RestClient.Builder builder, WebProperties properties, StaffTokens tokens, ObjectMapper json) {
        return new QueryApi(client(builder, properties.queryUrl(), tokens, json));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, StaffTokens tokens,
                                     ObjectMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(40)); // read-your-writes waits up to 30 s on the query side
        return builder.clone().baseUrl(baseUrl).requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    var identity = CurrentStaff.identity();
                    request.getHeaders().setBearerAuth(tokens.issue(identity));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody(), json);
                })
                .build();
    }

    private static BackendException problem(int status, InputStream body, ObjectMapper json) {
        try {
            JsonNode problem = json.readTree(body);
            if (problem != null && problem.hasNonNull("title")) {
                return new BackendException(status, problem.get("title").asText(),
                        problem.hasNonNull("detail") ? problem.get("detail").asText() : null);
            }
        } catch (IOException e) {
            // not a problem body: fall through to the generic message
        }
        return new BackendException(status, "后台服务未能处理请求（" + status + "）", null);
    }
}
