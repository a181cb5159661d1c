package se.trygghetsdialog.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * A bean that loads demo data: a component that exists only when {@code app.demo.enabled} is true.
 * Demo loaders are application runners, ordered with {@code @Order}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
public @interface DemoData {}
