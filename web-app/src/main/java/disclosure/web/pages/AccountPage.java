package disclosure.web.pages;

import disclosure.web.security.CurrentStaff;
import disclosure.web.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every member of staff changes their own password, giving the current one. */
@Controller
public class AccountPage {
    private final StaffDirectory directory;

    public AccountPage(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/account")
    String account() {
        CurrentStaff.identity();
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
                          @RequestParam(required = false) String repeated, RedirectAttributes redirect) {
        String username = CurrentStaff.identity().userId();
        if (password == null || !password.equals(repeated)) {
            redirect.addFlashAttribute("error", "密码未修改：两次输入的新密码不一致");
            return "redirect:/account";
        }
        try {
            directory.changeOwnPassword(username, current, password);
            redirect.addFlashAttribute("message", "密码已修改");
        } catch (StaffDirectory.StaffDirectoryException e) {
            redirect.addFlashAttribute("error", "密码未修改：" + e.getMessage());
        }
        return "redirect:/account";
    }
}
