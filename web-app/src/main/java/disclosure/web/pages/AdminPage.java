package disclosure.web.pages;

import disclosure.access.Role;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.security.CurrentStaff;
import disclosure.web.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 用户和机关管理: the administrator adds agencies and staff (with their roles and agency). */
@Controller
public class AdminPage {
    private final StaffDirectory directory;

    public AdminPage(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        CurrentStaff.require(StaffAction.MANAGE_USERS);
        model.addAttribute("users", directory.users());
        model.addAttribute("agencies", directory.agencies());
        return "admin";
    }

    @PostMapping("/admin/agencies")
    String addAgency(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        CurrentStaff.require(StaffAction.MANAGE_USERS);
        try {
            directory.addAgency(name);
            redirect.addFlashAttribute("message", "已添加机关“" + name.strip() + "”");
        } catch (StaffDirectory.StaffDirectoryException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users")
    String addUser(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                   @RequestParam(required = false) String password, @RequestParam(required = false) String agency,
                   @RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
        StaffIdentity admin = CurrentStaff.require(StaffAction.MANAGE_USERS);
        try {
            Set<Role> held = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            StaffIdentity user = new StaffIdentity(username == null ? "" : username.strip(), displayName,
                    agency == null || agency.isBlank() ? null : agency, held);
            directory.create(user, password, admin.userId());
            redirect.addFlashAttribute("message", "已创建用户“" + user.userId() + "”");
        } catch (StaffDirectory.StaffDirectoryException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "未能创建用户：" + e.getMessage().replaceAll(" / .*$", ""));
        }
        return "redirect:/admin";
    }

    /** 停用 / 启用 a user. */
    @PostMapping("/admin/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        StaffIdentity admin = CurrentStaff.require(StaffAction.MANAGE_USERS);
        try {
            directory.setEnabled(username, enabled, admin.userId());
            redirect.addFlashAttribute("message", (enabled ? "已启用" : "已停用") + "用户“" + username + "”");
        } catch (StaffDirectory.StaffDirectoryException e) {
            redirect.addFlashAttribute("error", (enabled ? "未能启用：" : "未能停用：") + e.getMessage());
        }
        return "redirect:/admin";
    }

    /** 重置密码: the administrator sets a new password (bcrypt) for a user who forgot theirs. */
    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
                         RedirectAttributes redirect) {
        StaffIdentity admin = CurrentStaff.require(StaffAction.MANAGE_USERS);
        try {
            directory.setPassword(username, password, admin.userId());
            redirect.addFlashAttribute("message", "已重置用户“" + username + "”的密码");
        } catch (StaffDirectory.StaffDirectoryException e) {
            redirect.addFlashAttribute("error", "未能重置密码：" + e.getMessage());
        }
        return "redirect:/admin";
    }
}
