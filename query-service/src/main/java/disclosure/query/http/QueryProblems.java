package disclosure.query.http;

import disclosure.query.applications.ApplicationNotFoundException;
import disclosure.query.position.NotYetReflectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The query side's errors as RFC 7807 problems, in Chinese ({@code title}, {@code detail}) and English
 * ({@code title_en}, {@code detail_en}), like command-service's. Nothing a user sends ends as a 500.
 */
@RestControllerAdvice
public class QueryProblems {
    private static final Logger log = LoggerFactory.getLogger(QueryProblems.class);

    @ExceptionHandler(NotYetReflectedException.class)
    ResponseEntity<ProblemDetail> notYetReflected(NotYetReflectedException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_REFLECTED",
                "查询数据尚未更新到所需位置，请稍后重试",
                "数据已更新到位置 " + e.applied() + "，尚未达到 " + e.requested(),
                "The read models have not caught up yet; retry shortly",
                "applied up to position " + e.applied() + ", waiting for " + e.requested(), request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", "5").body(response.getBody());
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ApplicationNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND", "申请不存在", "没有编号为 " + e.getMessage() + " 的申请",
                "No such application", "no application " + e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        String allowed = type != null && type.isEnum() ? "，取值应为："
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) : "";
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "参数取值无效",
                "参数 " + e.getName() + " 的值 “" + e.getValue() + "” 无效" + allowed, "Invalid parameter value",
                "invalid value for " + e.getName(), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e, HttpServletRequest request) {
        String names = e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName())
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "参数取值超出范围", "参数 " + names + " 的值超出允许范围",
                "Parameter out of range", "out of range: " + names, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> outOfRange(ConstraintViolationException e, HttpServletRequest request) {
        String names = e.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString().replaceFirst("^[^.]*\\.", ""))
                .sorted().collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "参数取值超出范围", "参数 " + names + " 的值超出允许范围",
                "Parameter out of range", "out of range: " + names, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        String fields = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).distinct().sorted()
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "请求内容缺少字段或取值无效", "字段 " + fields + " 缺少或无效",
                "Missing or invalid fields", "missing or invalid: " + fields, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求内容不是有效的JSON", "请求内容无法解析",
                "The body is not valid JSON", "unreadable body", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", "缺少必填参数", "缺少参数 " + e.getParameterName(),
                "A required parameter is missing", "missing parameter " + e.getParameterName(), request);
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_QUERY", "查询条件不完整或相互矛盾", e.detailZh(),
                "The query is incomplete or contradictory", e.getMessage(), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> unanswerable(IllegalArgumentException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "CANNOT_ANSWER", "无法按此条件查询", e.getMessage(),
                "The query cannot be answered", e.getMessage(), request);
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> protocol(ErrorResponse e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return problem(status, "HTTP_" + status.value(), "请求无法处理（" + status.value() + "）",
                request.getMethod() + " " + request.getRequestURI(), status.getReasonPhrase(),
                String.valueOf(e.getBody().getDetail()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请联系管理员",
                "系统内部错误，请联系管理员", "Internal error", "internal error", request);
    }

    /** A problem response in the house format; also used by the report API's own problems. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         String titleEn, String detailEn, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(URI.create("urn:disclosure:problem:" + code.toLowerCase().replace('_', '-')));
        body.setTitle(title);
        body.setDetail(detail);
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("code", code);
        body.setProperty("title_en", titleEn);
        body.setProperty("detail_en", detailEn);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
