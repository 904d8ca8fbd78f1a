package rs.eobuka.feedback.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import rs.eobuka.feedback.CornerCard;
import rs.eobuka.feedback.FeedbackSurvey;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.LanguageFilter;

/**
 * The printables of a Digital Corner's public survey ({@code ?survey=N}): its QR code
 * ({@code format=png}) or an A6 card ({@code format=pdf}) in the reader's language. For
 * evaluators and organizers (web.xml); a survey without a public code is 404.
 */
@WebServlet("/feedback/card")
public class CornerCardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int QR_PIXELS = 600;

    @Inject
    transient SurveyService surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageFilter.current(request);
        FeedbackSurvey survey;
        try {
            survey = surveys.get(Long.parseLong(request.getParameter("survey")));
        } catch (NumberFormatException | DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (survey.getPublicCode() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        if ("pdf".equals(request.getParameter("format"))) {
            body = CornerCard.cardPdf(surveys.title(survey, language), survey.getPublicCode(), language);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"eobuka-digital-corner-" + survey.getPublicCode()
                    + "-" + language.tag() + ".pdf\"");
        } else {
            body = CornerCard.qrPng(CornerCard.link(survey.getPublicCode(), language), QR_PIXELS);
            response.setContentType("image/png");
            response.setHeader("Content-Disposition", "attachment; filename=\"eobuka-digital-corner-" + survey.getPublicCode() + ".png\"");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
