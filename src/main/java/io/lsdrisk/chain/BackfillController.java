package io.lsdrisk.chain;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Chain backfill")
@RestController
@RequestMapping("/api/v1/admin/backfill")
class BackfillController {

	private final BackfillService backfills;

	BackfillController(BackfillService backfills) {
		this.backfills = backfills;
	}

	@Operation(operationId = "startBackfill")
	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<BackfillStatus> start(@Valid @RequestBody BackfillRequest request) {
		BackfillStatus status = this.backfills.start(request);
		return ResponseEntity.accepted().location(URI.create("/api/v1/admin/backfill/" + status.id())).body(status);
	}

	@Operation(operationId = "getBackfill")
	@GetMapping("/{id}")
	BackfillStatus status(@PathVariable long id) {
		return this.backfills.status(id);
	}

	@Operation(operationId = "cancelBackfill")
	@PostMapping("/{id}/cancel")
	BackfillStatus cancel(@PathVariable long id) {
		return this.backfills.cancel(id);
	}

	@Operation(operationId = "deleteBackfill")
	@DeleteMapping("/{id}")
	BackfillStatus delete(@PathVariable long id) {
		return this.backfills.cancel(id);
	}

}
