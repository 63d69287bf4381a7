package disclosure.web.staff;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** 用户和机关: the staff who may log in and the agencies they belong to ({@code staff_user}, {@code agency}). */
@Component
public class StaffDirectory {
    /** Passwords shorter than this are refused. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    public StaffDirectory(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.query("SELECT * FROM staff_user WHERE username = ?", StaffDirectory::user, username)
                .stream().findFirst();
    }

    public List<StaffUser> users() {
        return jdbc.query("SELECT * FROM staff_user ORDER BY agency NULLS FIRST, username", StaffDirectory::user);
    }

    public boolean hasAdministrator() {
        return users().stream().anyMatch(user -> user.roles().contains(Role.ADMINISTRATOR));
    }

    public List<String> agencies() {
        return jdbc.queryForList("SELECT name FROM agency ORDER BY name", String.class);
    }

    /** @throws StaffDirectoryException in Chinese if the name is empty or already present */
    public void addAgency(String name) {
        String agency = name == null ? "" : name.strip();
        if (agency.isEmpty() || agency.length() > 200) {
            throw new StaffDirectoryException("机关名称不能为空，且不超过200个字");
        }
        try {
            jdbc.update("INSERT INTO agency (name) VALUES (?)", agency);
        } catch (DuplicateKeyException e) {
            throw new StaffDirectoryException("机关“" + agency + "”已存在");
        }
    }

    /**
     * Creates a user with a bcrypt hash of the password.
     *
     * @throws StaffDirectoryException in Chinese naming the rule broken (user name, password length, agency, roles)
     */
    @Transactional
    public StaffUser create(StaffIdentity identity, String password, String createdBy) {
        checkPassword(password);
        if (identity.displayName() == null || identity.displayName().isBlank()) {
            throw new StaffDirectoryException("姓名不能为空");
        }
        if (identity.agency() != null && !agencies().contains(identity.agency())) {
            throw new StaffDirectoryException("机关“" + identity.agency() + "”不存在，请先添加机关");
        }
        if (find(identity.userId()).isPresent()) {
            throw new StaffDirectoryException("用户名“" + identity.userId() + "”已被使用");
        }
        StaffUser user = new StaffUser(identity.userId(), identity.displayName().strip(), passwords.encode(password),
                identity.agency(), identity.roles(), true);
        jdbc.update("INSERT INTO staff_user (username, display_name, password_hash, agency, roles, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", user.username(), user.displayName(), user.passwordHash(),
                user.agency(), user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                createdBy);
        return user;
    }

    /**
     * 停用 / 启用: a disabled user cannot log in. An administrator cannot disable themselves (nobody would be left to
     * undo it).
     *
     * @throws StaffDirectoryException in Chinese if the user does not exist or disables themselves
     */
    public void setEnabled(String username, boolean enabled, String changedBy) {
        if (!enabled && username.equals(changedBy)) {
            throw new StaffDirectoryException("不能停用自己的账户");
        }
        if (jdbc.update("UPDATE staff_user SET enabled = ?, changed_by = ?, changed_at = now() WHERE username = ?",
                enabled, changedBy, username) == 0) {
            throw new StaffDirectoryException("用户“" + username + "”不存在");
        }
    }

    /**
     * 重置密码: stores a bcrypt hash of the new password.
     *
     * @throws StaffDirectoryException in Chinese if the password is too short or the user does not exist
     */
    public void setPassword(String username, String password, String changedBy) {
        checkPassword(password);
        if (jdbc.update("UPDATE staff_user SET password_hash = ?, changed_by = ?, changed_at = now() "
                + "WHERE username = ?", passwords.encode(password), changedBy, username) == 0) {
            throw new StaffDirectoryException("用户“" + username + "”不存在");
        }
    }

    /**
     * 修改密码: the user's own, given the current one.
     *
     * @throws StaffDirectoryException in Chinese if the current password is wrong or the new one too short
     */
    public void changeOwnPassword(String username, String current, String password) {
        StaffUser user = find(username).orElseThrow(() -> new StaffDirectoryException("用户不存在"));
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            throw new StaffDirectoryException("当前密码不正确");
        }
        setPassword(username, password, username);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new StaffDirectoryException("密码至少" + MIN_PASSWORD_LENGTH + "个字符");
        }
    }

    private static StaffUser user(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank()).map(Role::valueOf)
                .forEach(roles::add);
        return new StaffUser(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                rs.getString("agency"), roles, rs.getBoolean("enabled"));
    }

    /** A user or agency that cannot be created as asked; the message names the rule, in Chinese. */
    public static final class StaffDirectoryException extends RuntimeException {
        public StaffDirectoryException(String message) {
            super(message);
        }
    }
}
