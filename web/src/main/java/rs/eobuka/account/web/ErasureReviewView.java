package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.inbox.web.DecisionTaskView;

/** tasks/erasure-review.xhtml, the form of the "Review request to be forgotten" task: erase, or decline with a reason. */
@Named
@ViewScoped
public class ErasureReviewView extends DecisionTaskView<ErasureRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ErasureService erasures;

    public ErasureReviewView() {
        super("review", "privacy.erasure.review.erased", "privacy.erasure.review.declined");
    }

    @Override
    protected ErasureRequest loadSubject(String taskId, String username) {
        return erasures.forTask(taskId, username);
    }
}
