package disclosure.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The short-lived signed token that carries a logged-in user from the web application to the services: a JSON Web
 * Token signed with HMAC-SHA256 under a secret all three share. Claims: {@code sub} (user id), {@code name},
 * {@code agency} (absent for 全市), {@code roles}, {@code iat}, {@code exp}. Only {@code HS256} is accepted, so a
 * token cannot choose a weaker algorithm ({@code none}) for itself.
 */
public final class StaffTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    /** Below this a secret is refused: HS256 wants at least 256 bits of key. */
    public static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public StaffTokens(String secret, Duration lifetime, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String issue(StaffIdentity identity) {
        Instant now = clock.instant();
        ObjectNode claims = JSON.createObjectNode()
                .put("sub", identity.userId())
                .put("name", identity.displayName())
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond());
        if (identity.agency() != null) {
            claims.put("agency", identity.agency());
        }
        identity.roles().stream().sorted().forEach(role -> claims.withArray("roles").add(role.name()));
        String signingInput = HEADER + "." + ENCODER.encodeToString(bytes(claims));
        return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
    }

    /**
     * @throws InvalidTokenException if the token is malformed, not signed with the shared secret, or expired
     */
    public StaffIdentity verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("未登录：缺少身份令牌", "no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("身份令牌格式不正确", "malformed token");
        }
        JsonNode header = parse(parts[0]);
        if (!"HS256".equals(header.path("alg").asText())) {
            throw new InvalidTokenException("身份令牌的签名算法不被接受", "only HS256 tokens are accepted");
        }
        byte[] signature;
        try {
            signature = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("身份令牌格式不正确", "malformed signature");
        }
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            throw new InvalidTokenException("身份令牌签名无效", "bad signature");
        }
        JsonNode claims = parse(parts[1]);
        if (!claims.path("exp").canConvertToLong() || clock.instant().getEpochSecond() >= claims.path("exp").asLong()) {
            throw new InvalidTokenException("身份令牌已过期，请重新登录", "token expired");
        }
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            claims.path("roles").forEach(role -> roles.add(Role.valueOf(role.asText())));
            return new StaffIdentity(claims.path("sub").asText(), claims.path("name").asText(null),
                    claims.hasNonNull("agency") ? claims.get("agency").asText() : null, roles);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("身份令牌内容无效", "invalid claims: " + e.getMessage());
        }
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String part) {
        try {
            JsonNode node = JSON.readTree(DECODER.decode(part));
            if (node == null || !node.isObject()) {
                throw new InvalidTokenException("身份令牌格式不正确", "token part is not a JSON object");
            }
            return node;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidTokenException("身份令牌格式不正确", "malformed token part");
        }
    }

    /** A token that cannot be trusted; the messages say why, in Chinese for staff and English for integrators. */
    public static final class InvalidTokenException extends RuntimeException {
        private final String messageEn;

        public InvalidTokenException(String message, String messageEn) {
            super(message);
            this.messageEn = messageEn;
        }

        public String messageEn() {
            return messageEn;
        }
    }
}
