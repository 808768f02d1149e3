package com.croftcraft.dskorder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the DSK 後払い order service: the REST edge, the process engine and the DSK sandbox. */
@SpringBootApplication
public class DskOrderApplication {

  public static void main(String[] args) {
    SpringApplication.run(DskOrderApplication.class, args);
  }
}
