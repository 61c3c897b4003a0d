package io.lsdrisk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the compute package a plain library: no framework, persistence, web or I/O types.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.lsdrisk");

	@Test
	void computeDependsOnNoFrameworkPersistenceOrIo() {
		noClasses().that()
			.resideInAPackage("io.lsdrisk.compute..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "java.sql..", "java.net..",
					"java.io..", "java.nio.file..", "tools.jackson..", "com.fasterxml..")
			.check(CLASSES);
	}

	@Test
	void computeDependsOnNoOtherPartOfTheService() {
		noClasses().that()
			.resideInAPackage("io.lsdrisk.compute..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("io.lsdrisk.compute..", "java..")
			.check(CLASSES);
	}

}
