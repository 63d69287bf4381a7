package disclosure.access.service;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Refusals for who is calling, as problem bodies; consulted before each service's own problem handlers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessProblems {

    @ExceptionHandler(AccessDeniedProblem.class)
    ResponseEntity<Map<String, Object>> refused(AccessDeniedProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.rule().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.rule() == AccessRule.NOT_AUTHENTICATED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.body(problem.body());
    }
}
