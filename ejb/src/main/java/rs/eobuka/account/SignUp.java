package rs.eobuka.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a participant gives when signing up, with their consent (never ticked for them); the e-mail address becomes the username. */
public record SignUp(
        @NotBlank(message = "{eobuka.fullName.required}") @Size(max = 200, message = "{eobuka.size.max}") String fullName,
        @NotBlank(message = "{eobuka.email.required}") @Email(message = "{eobuka.email.invalid}") @Size(max = 254, message = "{eobuka.size.max}") String email,
        @NotNull(message = "{eobuka.password.required}") @Size(min = 12, max = 200, message = "{eobuka.password.length}") String password,
        @NotBlank(message = "{eobuka.lsgu.required}") @Pattern(regexp = "\\d{5}", message = "{eobuka.lsgu.invalid}") String lsguCode,
        @NotNull(message = "{eobuka.organisationType.required}") OrganisationType organisationType,
        @Size(max = 200, message = "{eobuka.size.max}") String organisationName,
        @NotBlank(message = "{eobuka.jobTitle.required}") @Size(max = 150, message = "{eobuka.size.max}") String jobTitle,
        @Pattern(regexp = "^$|^\\+?[0-9 ()/-]{6,30}$", message = "{eobuka.phone.invalid}") String phone,
        @NotBlank String language,
        @AssertTrue(message = "{eobuka.signup.consent}") boolean consent) {
}
