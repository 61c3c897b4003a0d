package io.lsdrisk.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem answer from a servlet filter, where no controller advice runs.
 */
@Component
class ProblemWriter {

	private final JsonMapper jsonMapper;

	private final RejectionMetrics metrics;

	ProblemWriter(JsonMapper jsonMapper, RejectionMetrics metrics) {
		this.jsonMapper = jsonMapper;
		this.metrics = metrics;
	}

	void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
			List<FieldViolation> violations, String reason) throws IOException {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(type);
		body.setTitle(title);
		body.setProperty("errors", violations);
		this.metrics.rejected(status.value(), reason);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.jsonMapper.writeValueAsString(body));
	}

}
