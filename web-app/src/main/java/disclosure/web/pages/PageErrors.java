package disclosure.web.pages;

import disclosure.web.backend.BackendException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every failure a user can cause, or meet, as a page in Chinese saying what went wrong — never a stack trace. */
@ControllerAdvice
class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(403, "无权访问", e.getMessage(), model, response);
    }

    @ExceptionHandler(PageNotFoundException.class)
    String notFound(PageNotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "找不到页面", e.getMessage(), model, response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return page(400, "请求有误", "链接中的参数缺少或无效，请从菜单重新进入", model, response);
    }

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model model, HttpServletResponse response) {
        return page(400, "输入有误", e.getMessage(), model, response);
    }

    @ExceptionHandler(BackendException.class)
    String backend(BackendException e, Model model, HttpServletResponse response) {
        int status = e.status() == 404 || e.status() == 503 || e.status() == 403 ? e.status() : 422;
        return page(status, e.title(), e.detail(), model, response);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, Model model, HttpServletResponse response) {
        log.warn("A service is unreachable: {}", e.getMessage());
        return page(503, "后台服务暂不可用", "请稍后再试；如持续出现，请联系管理员", model, response);
    }

    private static String page(int status, String title, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
