package org.claimledger.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The committed openapi/openapi.yaml is the contract: it must equal what the code serves. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedDocumentEqualsTheGeneratedOne() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString().replace("\r\n", "\n");
        Path committed = Path.of("openapi/openapi.yaml");
        String onDisk = Files.exists(committed) ? Files.readString(committed).replace("\r\n", "\n") : "";
        // compared as documents: the build and the running service may order the keys of a schema differently
        if (!YAML.readTree(served).equals(onDisk.isEmpty() ? null : YAML.readTree(onDisk))) {
            Path generated = Path.of("target/openapi-generated.yaml");
            Files.writeString(generated, served);
            assertThat(onDisk).as("openapi/openapi.yaml is out of date; the served document was written to "
                    + generated + ": run ./mvnw package -DskipTests (which regenerates openapi/) and commit it")
                    .isEqualTo(served);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
