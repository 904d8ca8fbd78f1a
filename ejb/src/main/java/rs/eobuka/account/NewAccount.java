package rs.eobuka.account;

import rs.eobuka.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account an admin creates, active at once, with the roles given. */
public record NewAccount(
        @NotBlank(message = "{eobuka.username.required}") @Pattern(regexp = "^[A-Za-z0-9._@-]{3,60}$", message = "{eobuka.username.invalid}") String username,
        @NotNull(message = "{eobuka.password.required}") @Size(min = 12, max = 200, message = "{eobuka.password.length}") String password,
        @NotBlank(message = "{eobuka.fullName.required}") @Size(max = 200, message = "{eobuka.size.max}") String fullName,
        @NotBlank(message = "{eobuka.email.required}") @Email(message = "{eobuka.email.invalid}") @Size(max = 254, message = "{eobuka.size.max}") String email,
        @Pattern(regexp = "\\d{5}", message = "{eobuka.lsgu.invalid}") String lsguCode,
        OrganisationType organisationType,
        @NotEmpty(message = "{eobuka.roles.required}") Set<@NotNull Role> roles) {
}
