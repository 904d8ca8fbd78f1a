package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.privacy.DataSubject;
import rs.eobuka.platform.privacy.SubjectDataExport;

/** Everything eObuka keeps about the holder of an account, for them to download. */
@ApplicationScoped
public class AccountDataExport {

    @Inject
    AccountLookupService accounts;

    @Inject
    SubjectDataExport export;

    @Inject
    AccessLog accessLog;

    public JsonObject exportFor(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("privacy.export.noAccount"));
        accessLog.record(username, AccessKind.DATA_EXPORT, "account:" + account.getId());
        return export.export(new DataSubject(account.getId(), account.getUsername(), account.getEmail()));
    }
}
