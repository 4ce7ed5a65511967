package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * Sends an upload larger than the limit back to "Kiểm tra tệp", which then says so in words, before anything reads
 * its body. Past the limit the container refuses to read the parts, and the first reader (the CSRF check, looking
 * for its token) would end the request on a bare 413 error page. Browsers always send the length of a form upload.
 * Runs before Spring Security; it only ever redirects to a page that security still guards.
 */
@ServletOnly
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    private final MultipartProperties multipart;

    UploadLimitFilter(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > multipart.getMaxFileSize().toBytes()) {
            response.sendRedirect(request.getContextPath() + "/check?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
