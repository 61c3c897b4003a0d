package io.lsdrisk.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer. Bad input
 * is a 4xx naming the fields at fault; a database outage is a quick 503; anything else is
 * a 500 that reveals nothing of the code or the SQL.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final RejectionMetrics metrics;

	ApiExceptionHandler(RejectionMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalid(InvalidRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", ex.getMessage(),
				ex.violations(), "invalid");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> illegalArgument(IllegalArgumentException ex) {
		// The compute package rejects inputs with messages that name the parameter and
		// rule.
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", ex.getMessage(),
				List.of(), "invalid");
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage(),
				List.of(new FieldViolation(ex.field(), ex.getMessage())), "not_found");
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		body.setType(ProblemTypes.CONFLICT);
		body.setTitle("Conflict with stored data");
		body.setProperty("conflicts", ex.conflicts());
		this.metrics.rejected(409, "conflict");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, QueryTimeoutException.class, TransientDataAccessException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ResponseEntity<Object> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
				"Database unavailable", "The database cannot be reached; retry shortly.", List.of(), "database");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(answer.getBody());
	}

	/**
	 * A safety net behind the services' own checks: a unique key taken by a concurrent
	 * write is a 409; a value the store cannot hold (numeric overflow, SQLSTATE class 22)
	 * is a 400.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		if (state != null && state.startsWith("22")) {
			return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
					"A value is out of the range the store accepts", List.of(), "invalid");
		}
		log.info("Write conflicted with a concurrent or stored row: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict with stored data",
				"The write conflicts with a row stored meanwhile; read it and retry", List.of(), "conflict");
	}

	@ExceptionHandler(RequestLimitFilter.BodyTooLargeException.class)
	ResponseEntity<Object> bodyTooLarge(RequestLimitFilter.BodyTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
				"The request body is larger than the service accepts", List.of(), "too_large");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (isConnectionFailure(ex)) {
			// A pooled connection broke mid-transaction: the database went away, not our
			// code.
			return databaseUnavailable(ex);
		}
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
				"The service failed to answer; the error is logged.", List.of(), "internal");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", summary(violations),
				violations, "invalid");
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> violations.add(new FieldViolation(name, error.getDefaultMessage())));
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", summary(violations),
				violations, "invalid");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() != null && isBodyTooLarge(ex)) {
			return bodyTooLarge(new RequestLimitFilter.BodyTooLargeException());
		}
		String field = "body";
		String message = "The request body is missing or is not valid JSON";
		if (ex.getCause() instanceof JacksonException jackson) {
			String path = JsonPaths.of(jackson);
			if (!path.isEmpty()) {
				field = path;
			}
			message = (jackson instanceof StreamReadException) ? "Malformed JSON: " + firstLine(jackson)
					: readableMismatch(jackson);
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Unreadable request body",
				field + ": " + message, List.of(new FieldViolation(field, message)), "unreadable");
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "is required";
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
				ex.getParameterName() + ": " + message, List.of(new FieldViolation(ex.getParameterName(), message)),
				"invalid");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		String message = "cannot read '" + ex.getValue() + "' as " + describe(expected);
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
				ex.getName() + ": " + message, List.of(new FieldViolation(ex.getName(), message)), "invalid");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		this.metrics.rejected(415, "media_type");
		return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.is4xxClientError() && statusCode.value() != 415) {
			this.metrics.rejected(statusCode.value(), "framework");
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ResponseEntity<Object> problem(HttpStatus status, java.net.URI type, String title, String detail,
			List<FieldViolation> violations, String reason) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(type);
		body.setTitle(title);
		body.setProperty("errors", violations);
		this.metrics.rejected(status.value(), reason);
		return ResponseEntity.status(status).body(body);
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P (server shutting down) or a broken
	 * socket.
	 */
	private static boolean isConnectionFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null
					&& sql.getMessage().contains("Connection is closed")) {
				return true; // the pool's word for a connection the server dropped
			}
			if (cause instanceof java.net.SocketException || cause instanceof java.io.EOFException) {
				return true;
			}
		}
		return false;
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static boolean isBodyTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestLimitFilter.BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private static String summary(List<FieldViolation> violations) {
		if (violations.isEmpty()) {
			return "The request breaks the API's rules";
		}
		FieldViolation first = violations.get(0);
		String more = (violations.size() > 1) ? " (and " + (violations.size() - 1) + " more)" : "";
		return first.field() + ": " + first.message() + more;
	}

	private static String describe(String typeName) {
		return switch (typeName) {
			case "Instant", "OffsetDateTime" -> "an ISO-8601 UTC instant such as 2024-01-31T00:00:00Z";
			case "LocalDate" -> "an ISO-8601 date such as 2024-01-31";
			case "int", "Integer", "long", "Long" -> "a whole number";
			case "double", "Double", "BigDecimal" -> "a number";
			case "boolean", "Boolean" -> "true or false";
			case "String" -> "a string";
			case "List", "ArrayList" -> "a JSON array";
			case "TokenModel" -> "one of REBASING, NON_REBASING";
			case "OracleMode" -> "one of EXCHANGE_RATE, MARKET";
			default -> typeName;
		};
	}

	private static String readableMismatch(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			return "cannot read " + invalid.getValue() + " as " + describe(invalid.getTargetType().getSimpleName());
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "'";
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "expected " + describe(mismatched.getTargetType().getSimpleName());
		}
		return "cannot read value: " + firstLine(ex);
	}

	private static String firstLine(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message == null) {
			return "unreadable value";
		}
		int newline = message.indexOf('\n');
		String line = (newline >= 0) ? message.substring(0, newline) : message;
		// Jackson names internal Java types in some messages; callers see JSON types
		// instead.
		return line.replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "the expected type")
			.replaceAll("java\\.[a-z]+\\.([A-Za-z]+)", "$1");
	}

}
