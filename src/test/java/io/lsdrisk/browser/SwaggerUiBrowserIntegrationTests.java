package io.lsdrisk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens Swagger UI in headless Chromium (Debian's chromium and chromium-driver),
 * authorizes with an API key, and runs one read and one write operation through "Try it
 * out", checking the responses the page shows. Skipped, with the reason, where the
 * browser is not installed ({@code .ci/run} installs it).
 */
@IntegrationTest
class SwaggerUiBrowserIntegrationTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1400,2000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void readAndWriteThroughTryItOut() {
		String symbol = Api.uniqueSymbol("ui");
		new Api(this.port).postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", "Browser", "protocol", "Test",
				"tokenModel", "NON_REBASING", "underlying", "ETH"));
		this.browser.get("http://localhost:" + this.port + "/swagger-ui.html");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));

		authorize(Api.KEY);

		WebElement read = operation("get", "/api/v1/lsds");
		tryItOutAndExecute(read);
		assertThat(responseStatus(read)).isEqualTo("200");
		assertThat(responseBody(read)).contains(symbol);

		WebElement write = operation("post", "/api/v1/lsds/{symbol}/states");
		open(write);
		tryItOut(write);
		WebElement symbolInput = write.findElement(By.cssSelector("input[placeholder='symbol']"));
		symbolInput.clear();
		symbolInput.sendKeys(symbol);
		click(write.findElement(By.cssSelector(".execute")));
		assertThat(responseStatus(write)).isEqualTo("200");
		assertThat(responseBody(write)).contains("\"inserted\": 2");
		assertThat(new Api(this.port).get("/api/v1/lsds/" + symbol + "/states").json().get("items")).hasSize(2);
	}

	private void authorize(String key) {
		click(this.browser.findElement(By.cssSelector(".auth-wrapper .authorize")));
		WebElement input = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")));
		input.sendKeys(key);
		click(this.browser.findElement(By.cssSelector(".auth-btn-wrapper .modal-btn.auth")));
		click(this.browser.findElement(By.cssSelector(".auth-btn-wrapper .btn-done")));
	}

	private WebElement operation(String method, String path) {
		for (WebElement block : this.browser.findElements(By.cssSelector(".opblock-" + method))) {
			String shown = block.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
			if (path.equals(shown)) {
				return block;
			}
		}
		throw new AssertionError("Swagger UI shows no " + method.toUpperCase() + " " + path);
	}

	private void open(WebElement operation) {
		if (operation.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
			click(operation.findElement(By.cssSelector(".opblock-summary")));
		}
		this.wait.until((driver) -> !operation.findElements(By.cssSelector(".try-out__btn")).isEmpty());
	}

	private void tryItOutAndExecute(WebElement operation) {
		open(operation);
		tryItOut(operation);
		click(operation.findElement(By.cssSelector(".execute")));
	}

	/** Swagger UI here starts in "Try it out" mode; the button then reads "Cancel". */
	private void tryItOut(WebElement operation) {
		WebElement button = operation.findElement(By.cssSelector(".try-out__btn"));
		if (button.getText().contains("Try it out")) {
			click(button);
		}
		this.wait.until((driver) -> !operation.findElements(By.cssSelector(".execute")).isEmpty());
	}

	private String responseStatus(WebElement operation) {
		By live = By.cssSelector(".live-responses-table tr.response .response-col_status");
		this.wait.until((driver) -> !operation.findElements(live).isEmpty());
		return operation.findElement(live).getText().strip().split("\\s+")[0];
	}

	private String responseBody(WebElement operation) {
		return operation.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"))
			.getText();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

}
