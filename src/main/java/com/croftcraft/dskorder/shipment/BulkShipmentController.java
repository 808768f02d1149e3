package com.croftcraft.dskorder.shipment;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office uploads the day's tracking numbers as a CSV file ({@code
 * docs/bulk-shipments.md}). The file is read from the request as it arrives and the answer written
 * as the rows are done, on the request's own thread: a large file neither sits in memory nor runs
 * into an async timeout. Refusals of the whole file (charset, header) come before the answer
 * starts, as problem details.
 */
@RestController
class BulkShipmentController {

  private final BulkShipments shipments;
  private final ObjectMapper objectMapper;
  private final ObjectWriter rows;

  BulkShipmentController(BulkShipments shipments, ObjectMapper objectMapper) {
    this.shipments = shipments;
    this.objectMapper = objectMapper;
    this.rows =
        objectMapper
            .writerFor(RowResult.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  @PostMapping(path = "/api/shipments", consumes = "text/csv")
  void ship(
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      InputStream body,
      HttpServletResponse response)
      throws IOException {
    Charset charset = CsvCharsets.of(contentType);

    try (ShipmentCsv csv = ShipmentCsv.open(new InputStreamReader(body, charset))) {
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());

      try (JsonGenerator json =
          objectMapper
              .getFactory()
              .createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
        shipments.ship(csv, new BulkShipmentResults(json, rows));
      }
    }
  }
}
