package rs.eobuka.caravan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One tap as the device sends it: the service, the device's own id for the tap, and what else
 * was asked. {@code tappedAt} is the device's clock (local time in Serbia), null for "now".
 */
public record TapInput(@NotNull(message = "{eobuka.caravan.tally.service.required}") CornerService service,
                       @NotBlank(message = "{eobuka.caravan.tally.clientTapId.required}")
                       @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{eobuka.caravan.tally.clientTapId.invalid}")
                       String clientTapId,
                       AgeBand ageBand,
                       Boolean deviceHelp,
                       @Size(max = 200) String note,
                       LocalDateTime tappedAt) {
}
