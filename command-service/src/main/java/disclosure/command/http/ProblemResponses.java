package disclosure.command.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.CharConversionException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error a user can cause, answered as an RFC 7807 problem: {@code title}/{@code detail} in Chinese for staff,
 * {@code title_en}/{@code detail_en} for integrators, {@code code} naming the rule, {@code basis} its provision,
 * and for field errors a list of {@code errors}. Nothing a user sends ends as a 500.
 */
@RestControllerAdvice
public class ProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_PREFIX = "urn:disclosure:problem:";

    /** One wrong field: where, and what is wrong with it in both languages. */
    public record FieldProblem(String field, String message, String message_en) {}

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        return problem(e.rule(), e.detailZh(), e.detailEn(), List.of(), request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation, request);
        }
        if (cause instanceof AggregateNotFoundException) {
            return notFound(request);
        }
        if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException) {
            return conflict(request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(Rule.APPLICATION_NOT_FOUND, "没有这件申请：" + request.getRequestURI(),
                "no application at " + request.getRequestURI(), List.of(), request);
    }

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(HttpServletRequest request) {
        return problem(Rule.VERSION_CONFLICT, Rule.VERSION_CONFLICT.titleZh(), Rule.VERSION_CONFLICT.titleEn(),
                List.of(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldProblem(error.getField(), error))
                .toList();
        return fieldProblems(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> fieldProblem(
                        parameterName(result.getMethodParameter().getParameterName(), result), error)))
                .toList();
        return fieldProblems(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> bilingual(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return fieldProblems(errors, request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        String header = e.getHeaderName();
        String zh = "缺少请求头 " + header;
        return problem(Rule.MISSING_FIELD, zh, "missing request header " + header,
                List.of(new FieldProblem(header, "必填", "is required")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(Rule.INVALID_VALUE, "参数 " + e.getName() + " 的值无效", "invalid value for " + e.getName(),
                List.of(new FieldProblem(e.getName(), "值无效", "invalid value")), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return problem(Rule.UNKNOWN_FIELD, "未知字段 “" + field + "”，可用字段：" + known,
                    "unknown field '" + field + "'; known fields: " + known,
                    List.of(new FieldProblem(field, "未知字段", "unknown field")), request);
        }
        if (notWellFormed(cause)) {
            return problem(Rule.MALFORMED_REQUEST, "请求内容不是有效的 JSON（UTF-8）",
                    "the body is not valid JSON (UTF-8)", List.of(), request);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            FieldProblem problem = valueProblem(field, mapping);
            return problem(Rule.INVALID_VALUE, "字段 " + field + " 的值无效：" + problem.message(),
                    "invalid value for " + field + ": " + problem.message_en(), List.of(problem), request);
        }
        if (cause instanceof JsonProcessingException) {
            return problem(Rule.MALFORMED_REQUEST, "请求内容不是有效的 JSON（UTF-8）",
                    "the body is not valid JSON (UTF-8)", List.of(), request);
        }
        return problem(Rule.MALFORMED_REQUEST, "缺少请求内容或其格式无法识别",
                "the request body is missing or unreadable", List.of(), request);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return problem(Rule.REQUEST_TOO_LARGE, "请求内容不得超过 " + e.limitBytes() / 1024 + " KB",
                "the request body may not exceed " + e.limitBytes() / 1024 + " KB", List.of(), request);
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> protocol(ErrorResponse e, HttpServletRequest request) {
        HttpStatusCode status = e.getStatusCode();
        String zh = switch (status.value()) {
            case 404 -> "没有这个地址：" + request.getRequestURI();
            case 405 -> "此地址不支持 " + request.getMethod() + " 请求";
            case 415 -> "请求内容类型应为 application/json";
            default -> "请求无法处理";
        };
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(URI.create(TYPE_PREFIX + "http-" + status.value()));
        body.setTitle(zh);
        body.setDetail(zh);
        body.setProperty("code", "HTTP_" + status.value());
        body.setProperty("title_en", e.getBody().getTitle());
        body.setProperty("detail_en", e.getBody().getDetail());
        return respond(body, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (databaseUnreachable(e)) {
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            ResponseEntity<ProblemDetail> unavailable = problem(Rule.SERVICE_UNAVAILABLE,
                    "数据库暂时无法访问：本次命令可能已保存，也可能未保存。请用同一幂等键（Idempotency-Key）重试，"
                            + "已保存的命令不会重复执行",
                    "the database could not be reached: the command may or may not have been stored; send it again "
                            + "with the same Idempotency-Key, a stored command is not carried out twice", List.of(),
                    request);
            return ResponseEntity.status(unavailable.getStatusCode()).headers(unavailable.getHeaders())
                    .header("Retry-After", "5").body(unavailable.getBody());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        body.setType(URI.create(TYPE_PREFIX + "internal-error"));
        body.setTitle("系统内部错误，请联系管理员");
        body.setDetail("系统内部错误，未保存任何内容，请联系管理员");
        body.setProperty("code", "INTERNAL_ERROR");
        body.setProperty("title_en", "Internal error");
        body.setProperty("detail_en", "internal error; nothing was stored");
        return respond(body, request);
    }

    /**
     * The database went away (restarting, the network): whether a commit got through is unknown, so the answer may
     * not say "nothing was stored".
     */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.springframework.transaction.TransactionSystemException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> fieldProblems(List<FieldProblem> errors, HttpServletRequest request) {
        boolean missing = errors.stream().allMatch(error -> error.message().startsWith("必填"));
        Rule rule = missing ? Rule.MISSING_FIELD : Rule.INVALID_VALUE;
        String fields = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return problem(rule, rule.titleZh() + "：" + fields, rule.titleEn() + ": " + fields, errors, request);
    }

    private ResponseEntity<ProblemDetail> problem(Rule rule, String detailZh, String detailEn,
                                                  List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(rule.status());
        body.setType(URI.create(TYPE_PREFIX + rule.slug()));
        body.setTitle(rule.titleZh());
        body.setDetail(detailZh);
        body.setProperty("code", rule.name());
        body.setProperty("title_en", rule.titleEn());
        body.setProperty("detail_en", detailEn);
        if (!rule.basis().isEmpty()) {
            body.setProperty("basis", rule.basis());
        }
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return respond(body, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body, HttpServletRequest request) {
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** Validation messages are written "中文 / English" (ValidationMessages.properties); split them. */
    private static FieldProblem fieldProblem(String field, MessageSourceResolvable error) {
        return bilingual(field, error.getDefaultMessage());
    }

    private static FieldProblem bilingual(String field, String message) {
        String text = message == null ? "值无效 / invalid value" : message;
        int slash = text.indexOf(" / ");
        return slash < 0 ? new FieldProblem(field, text, text)
                : new FieldProblem(field, text.substring(0, slash), text.substring(slash + 3));
    }

    /** Broken JSON syntax or encoding, even when Jackson reports it while mapping a field. */
    private static boolean notWellFormed(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException || t instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    private static String parameterName(String name, Object result) {
        return name == null ? String.valueOf(result) : name;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static FieldProblem valueProblem(String field, JsonMappingException e) {
        if (e instanceof StrictJson.ForbiddenCharacterException) {
            return new FieldProblem(field, "不得包含控制字符（如 NUL）或不成对的代理字符",
                    "must not contain control characters (such as NUL) or unpaired surrogates");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            String message = e.getCause().getMessage();
            return bilingual(field, message.contains(" / ") ? message : message + " / " + message);
        }
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldProblem(field, "取值应为：" + allowed, "must be one of: " + allowed);
        }
        if (target == LocalDate.class) {
            return new FieldProblem(field, "应为 YYYY-MM-DD 格式的有效日期", "must be a valid date YYYY-MM-DD");
        }
        Map<Class<?>, String[]> kinds = Map.of(
                Boolean.class, new String[]{"应为 true 或 false", "must be true or false"},
                Integer.class, new String[]{"应为整数", "must be an integer"},
                int.class, new String[]{"应为整数", "must be an integer"},
                java.math.BigDecimal.class, new String[]{"应为数字", "must be a number"},
                String.class, new String[]{"应为文本", "must be a string"});
        String[] kind = target == null ? null : kinds.get(target);
        if (kind != null) {
            return new FieldProblem(field, kind[0], kind[1]);
        }
        if (e instanceof InvalidFormatException) {
            return new FieldProblem(field, "格式无效", "invalid format");
        }
        return new FieldProblem(field, "类型或结构不正确", "wrong type or structure");
    }
}
