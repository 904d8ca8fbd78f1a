package rs.eobuka.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person may change about themselves on their profile; the same rules as at sign-up. */
public record ProfileDetails(
        @NotBlank(message = "{eobuka.fullName.required}") @Size(max = 200, message = "{eobuka.size.max}") String fullName,
        @NotBlank(message = "{eobuka.lsgu.required}") @Pattern(regexp = "\\d{5}", message = "{eobuka.lsgu.invalid}") String lsguCode,
        @NotNull(message = "{eobuka.organisationType.required}") OrganisationType organisationType,
        @Size(max = 200, message = "{eobuka.size.max}") String organisationName,
        @NotBlank(message = "{eobuka.jobTitle.required}") @Size(max = 150, message = "{eobuka.size.max}") String jobTitle,
        @Pattern(regexp = "^$|^\\+?[0-9 ()/-]{6,30}$", message = "{eobuka.phone.invalid}") String phone,
        @NotBlank String language) {

    /** The account's details as they are now, to fill the form. */
    public static ProfileDetails of(Account account) {
        return new ProfileDetails(account.getFullName(), account.getLsguCode(), account.getOrganisationType(),
                account.getOrganisationName(), account.getJobTitle(), account.getPhone(), account.getLanguage());
    }
}
