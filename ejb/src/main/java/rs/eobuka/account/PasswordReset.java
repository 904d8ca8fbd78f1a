package rs.eobuka.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new password chosen on the page an e-mailed reset link opens, with the link's token. */
public record PasswordReset(
        @NotNull String token,
        @NotNull(message = "{eobuka.password.required}") @Size(min = 12, max = 200, message = "{eobuka.password.length}") String newPassword) {
}
