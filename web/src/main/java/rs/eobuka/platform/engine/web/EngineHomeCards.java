package rs.eobuka.platform.engine.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import rs.eobuka.platform.engine.EngineOperations;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;

/** For admins: workflow steps that ran out of retries, each waiting on the engine's page for a retry. */
@RequestScoped
public class EngineHomeCards implements HomeCardProvider {

    @Inject
    CurrentUser user;

    @Inject
    EngineOperations engine;

    @Override
    public List<HomeCard> cards() {
        if (!user.isAdmin()) {
            return List.of();
        }
        long failed = engine.countFailedJobs();
        if (failed == 0) {
            return List.of();
        }
        return List.of(HomeCard.figure("failed-jobs", Area.ADMINISTRATION, 40, FacesTexts.text("home.card.failedJobs"), failed,
                        new HomeCard.Link("/admin/engine.xhtml", FacesTexts.text("home.card.failedJobs.link")))
                .withSecondary(FacesTexts.text("home.card.failedJobs.hint"), true));
    }
}
