package io.lsdrisk.web;

import java.io.IOException;
import java.util.List;

import io.lsdrisk.LsdRiskProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code lsdrisk.limits.max-request-bytes} with 413, whether
 * the size is declared up front or only discovered while reading a chunked body; also
 * sets the security headers every answer carries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problems;

	RequestLimitFilter(LsdRiskProperties properties, ProblemWriter problems) {
		this.maxBytes = properties.limits().maxRequestBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (request.getContentLengthLong() > this.maxBytes) {
			tooLarge(response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
		}
		catch (BodyTooLargeException ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(response);
			}
		}
		catch (ServletException ex) {
			if (hasCause(ex, BodyTooLargeException.class) && !response.isCommitted()) {
				response.reset();
				tooLarge(response);
				return;
			}
			throw ex;
		}
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		String detail = "The request body is larger than " + this.maxBytes + " bytes";
		this.problems.write(response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
				detail, List.of(new FieldViolation("body", detail)), "too_large");
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Thrown while reading past the limit; unchecked so that it passes through readers.
	 */
	static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super("request body too large", null, false, false);
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
