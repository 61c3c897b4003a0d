package io.lsdrisk.collateral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Collateral")
@RestController
@RequestMapping("/api/v1/collateral")
class CollateralController {

	private final HealthService health;

	private final LeverageLoopService loops;

	private final StressService stress;

	CollateralController(HealthService health, LeverageLoopService loops, StressService stress) {
		this.health = health;
		this.loops = loops;
		this.stress = stress;
	}

	@Operation(operationId = "computeCollateralHealth")
	@PostMapping("/health")
	HealthResponse health(@Valid @RequestBody HealthRequest request) {
		return this.health.health(request);
	}

	@Operation(operationId = "computeLeverageLoop")
	@PostMapping("/leverage-loop")
	LeverageLoopResponse leverageLoop(@Valid @RequestBody LeverageLoopRequest request) {
		return this.loops.loop(request);
	}

	@Operation(operationId = "computeCollateralStress")
	@PostMapping("/stress")
	StressResponse stress(@Valid @RequestBody StressRequest request) {
		return this.stress.stress(request);
	}

}
