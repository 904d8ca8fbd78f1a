package rs.eobuka.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** What a request asked for, in the request meter's {@code kind} tag. */
enum RequestKind {
    /** A screen (a Faces page, its postbacks and ajax). */
    PAGE,
    /** The JSON API. */
    API,
    /** Scripts, style sheets, images and fonts. */
    RESOURCE,
    /** Anything else (downloads, the sign-in form's own paths). */
    OTHER;

    static RequestKind of(HttpServletRequest request) {
        return of(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    /** By the path inside the application (servlet path and path info). */
    static RequestKind of(String path) {
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return RESOURCE;
        }
        if (path.endsWith(".xhtml") || path.equals("/")) {
            return PAGE;
        }
        return OTHER;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
