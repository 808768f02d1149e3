package com.croftcraft.dskorder.clock;

import com.croftcraft.dskorder.dsk.DskProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock(DskProperties dsk) {
    return new EngineClock(dsk.zone());
  }
}
