package rs.eobuka.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in person's new password, with the current one that proves it is them. */
public record PasswordChange(
        @NotNull(message = "{eobuka.password.required}") String currentPassword,
        @NotNull(message = "{eobuka.password.required}") @Size(min = 12, max = 200, message = "{eobuka.password.length}") String newPassword) {
}
