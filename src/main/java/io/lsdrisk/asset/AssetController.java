package io.lsdrisk.asset;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assets")
@RestController
@RequestMapping("/api/v1/lsds")
class AssetController {

	private final AssetService assets;

	AssetController(AssetService assets) {
		this.assets = assets;
	}

	@Operation(operationId = "listLsds")
	@GetMapping
	List<AssetResponse> list() {
		return this.assets.allWithLatestState();
	}

	@Operation(operationId = "getLsd")
	@GetMapping("/{symbol}")
	AssetResponse get(@PathVariable String symbol) {
		return this.assets.withLatestState(symbol);
	}

	@Operation(operationId = "registerLsd")
	@PostMapping
	ResponseEntity<AssetResponse> register(@Valid @RequestBody AssetRequest request) {
		boolean created = this.assets.register(request);
		AssetResponse body = this.assets.withLatestState(request.symbol());
		if (created) {
			return ResponseEntity.created(URI.create("/api/v1/lsds/" + body.symbol())).body(body);
		}
		return ResponseEntity.ok(body);
	}

}
