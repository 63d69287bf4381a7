package disclosure.web.pages;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录 and the first page after it, chosen by what the user does most. */
@Controller
public class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        StaffIdentity staff = CurrentStaff.identity();
        if (staff.roles().contains(Role.HANDLER) || staff.roles().contains(Role.SUPERVISOR)) {
            return "redirect:/cases/mine";
        }
        if (staff.roles().contains(Role.INTAKE)) {
            return "redirect:/intake";
        }
        if (staff.roles().contains(Role.STATISTICIAN)) {
            return "redirect:/reports";
        }
        return "redirect:/admin";
    }
}
