package disclosure.query.report.full;

import disclosure.query.http.QueryProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.stream.Collectors;

/** The report API's own refusals, in the format of {@link QueryProblems}. */
@RestControllerAdvice(basePackages = "disclosure.query.report")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return QueryProblems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求格式错误",
                "请求体不是有效的 JSON，或字段类型不符", "The request body is not valid JSON",
                "the body is not valid JSON or a field has the wrong type", request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        String fields = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).sorted()
                .collect(Collectors.joining(", "));
        return QueryProblems.problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "字段取值无效",
                "字段 " + fields + " 缺失或超出允许范围", "A field is missing or invalid", "invalid: " + fields, request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return QueryProblems.problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", "缺少请求头",
                "缺少请求头 " + e.getHeaderName() + "（操作人）", "A required header is missing",
                "missing header " + e.getHeaderName(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return QueryProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "HTTP_415", "请求内容类型不受支持",
                "请以 application/json 提交", "Unsupported media type", "send application/json", request);
    }

    @ExceptionHandler(ReportProblem.class)
    ResponseEntity<ProblemDetail> refused(ReportProblem e, HttpServletRequest request) {
        return QueryProblems.problem(e.status(), e.code(), e.title(), e.detail(), e.titleEn(), e.detailEn(), request);
    }
}
