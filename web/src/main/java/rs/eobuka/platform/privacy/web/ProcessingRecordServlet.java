package rs.eobuka.platform.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.platform.privacy.ProcessingRecord;
import rs.eobuka.platform.privacy.ProcessingRecordDocument;
import rs.eobuka.platform.time.SerbianTime;

/** The record of processing activities as a PDF in the reader's language; for admins (under /admin/*, web.xml). */
@WebServlet("/admin/processing-record.pdf")
public class ProcessingRecordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProcessingRecord record;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageFilter.current(request);
        LocalDate today = LocalDate.now(SerbianTime.ZONE);
        byte[] body = ProcessingRecordDocument.render(record.activities(), today, language);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"eobuka-processing-record-" + today + "-" + language.tag() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
