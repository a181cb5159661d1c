package se.trygghetsdialog.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Marks a bean that loads demo data (usually an {@code ApplicationRunner}): it exists only when
 * {@code app.demo.enabled} is true. Its {@code @Order} puts it after the demo data it builds on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
public @interface DemoData {}
