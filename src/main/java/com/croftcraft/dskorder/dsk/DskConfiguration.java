package com.croftcraft.dskorder.dsk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DskProperties.class)
class DskConfiguration {}
