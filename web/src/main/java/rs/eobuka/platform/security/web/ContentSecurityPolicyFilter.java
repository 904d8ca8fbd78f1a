package rs.eobuka.platform.security.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * One Content-Security-Policy on every response: the policy of web.xml's
 * {@code primefaces.CSP_POLICY} (no inline script, no {@code eval}; scripts from this origin only).
 * On a page PrimeFaces' CSP mode adds the page's nonce to it, which lets exactly the scripts
 * PrimeFaces wrote run, its inline event handlers among them; that header replaces this one
 * rather than standing beside it (two policies would both apply, and this one, without the
 * nonce, would block those scripts). JSON, documents, images and error answers keep this one.
 * Styles may be inline: PrimeFaces' components set style attributes and its nonces cover
 * scripts only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ContentSecurityPolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || !policy.contains("script-src")) {
            throw new ServletException("web.xml must name the content security policy in " + POLICY_PARAMETER);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, policy);
        chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
    }

    /** A response on which a second Content-Security-Policy replaces the first. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
