package rs.eobuka.platform.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import rs.eobuka.platform.CsvField;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.privacy.AccessRecord;

/**
 * The log of views of personal data as CSV (viewer, kind, subject, time in UTC), newest first,
 * read from the database a page at a time; for admins (under /admin/*, web.xml).
 */
@WebServlet("/admin/access-log.csv")
public class AccessLogCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    transient AccessLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String viewer = request.getParameter("viewer");
        AccessKind kind;
        try {
            String named = request.getParameter("kind");
            kind = named == null || named.isBlank() ? null : AccessKind.valueOf(named);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"eobuka-access-log.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("viewer,kind,subject,viewed_at\r\n");
        List<AccessRecord> page;
        int first = 0;
        do {
            page = log.find(viewer, kind, first, PAGE);
            for (AccessRecord record : page) {
                out.print(CsvField.of(record.getViewer()) + "," + record.getKind() + "," + CsvField.of(record.getSubject()) + "," + record.getViewedAt() + "\r\n");
            }
            first += PAGE;
        } while (page.size() == PAGE);
    }
}
