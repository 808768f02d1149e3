package com.croftcraft.dskorder.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Creates the annotated bean only while {@code dsk.base-url} is unset: the sandbox stands in. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${dsk.base-url:}'.isEmpty()")
@interface ConditionalOnSandbox {}
