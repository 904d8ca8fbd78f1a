package rs.eobuka.registration.api;

import java.time.Instant;
import rs.eobuka.registration.Registration;

/** A registration as the API shows it; {@code waitlistPosition} counts from 1 and is null when not waiting. */
public record RegistrationItem(long id, long sessionId, String status, Long waitlistPosition, Instant createdAt,
                               String certificateCode) {

    public static RegistrationItem of(Registration registration, long position) {
        return new RegistrationItem(registration.getId(), registration.getSession().getId(), registration.getStatus().name(),
                position > 0 ? position : null, registration.getCreatedAt(), registration.getCertificateCode());
    }
}
