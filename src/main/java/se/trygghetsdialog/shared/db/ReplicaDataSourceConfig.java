package se.trygghetsdialog.shared.db;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * The read replica, when {@code app.datasource.replica.url} is set: the application's DataSource
 * becomes a {@link LazyConnectionDataSourceProxy} of the primary whose read-only transactions take
 * their connection from {@link ReplicaRouting}, and {@link ReplicaRead} methods mark the reads that
 * may go to the replica. Metrics: {@code db.replica.lag} (seconds, NaN when unreachable), {@code
 * db.replica.fallbacks} and {@code db.replica.reads}. Without the setting nothing changes: every
 * read goes to the primary.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaDataSourceConfig.ReplicaUrl.class)
class ReplicaDataSourceConfig {

  static final String PREFIX = "app.datasource.replica.";

  /** Wraps the bean {@code dataSource} (embedded or Spring Boot's) in the routing proxy. */
  @Bean
  static BeanPostProcessor replicaDataSourceWrapper(Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary)) {
          return bean;
        }
        String maxLag = environment.getProperty(PREFIX + "max-lag", "5s");
        ReplicaRouting routing =
            new ReplicaRouting(
                primary,
                new ReplicaRouting.Settings(
                    environment.getRequiredProperty(PREFIX + "url"),
                    environment.getProperty(PREFIX + "username", ""),
                    environment.getProperty(PREFIX + "password", ""),
                    DurationStyle.detectAndParse(maxLag),
                    environment.getProperty(PREFIX + "maximum-pool-size", Integer.class, 10)));
        return new RoutedDataSource(primary, routing);
      }
    };
  }

  /** Lets reads in {@link ReplicaRead} methods use the replica. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor replicaReadAdvisor() {
    MethodInterceptor interceptor =
        invocation -> {
          // A clone made before proceeding may run the method (and its transaction) once more.
          MethodInvocation again =
              invocation instanceof ProxyMethodInvocation proxied
                  ? proxied.invocableClone()
                  : invocation;
          return ReplicaRouting.replicaRead(invocation::proceed, again::proceed);
        };
    DefaultPointcutAdvisor advisor =
        new DefaultPointcutAdvisor(
            AnnotationMatchingPointcut.forMethodAnnotation(ReplicaRead.class), interceptor);
    // Around the transaction, so that reading again starts a new one.
    advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return advisor;
  }

  @Bean
  ReplicaMetrics replicaMetrics(DataSource dataSource, MeterRegistry meters) throws SQLException {
    ReplicaRouting routing = dataSource.unwrap(RoutedDataSource.class).routing();
    Gauge.builder("db.replica.lag", routing, ReplicaRouting::lagSeconds)
        .description("How far the read replica is behind the primary (NaN: not reachable)")
        .baseUnit("seconds")
        .register(meters);
    FunctionCounter.builder("db.replica.fallbacks", routing, ReplicaRouting::fallbacks)
        .description("Replica reads served by the primary: the replica lagged or was down")
        .register(meters);
    FunctionCounter.builder("db.replica.reads", routing, ReplicaRouting::replicaConnections)
        .description("Connections of replica reads served by the replica")
        .register(meters);
    return new ReplicaMetrics(routing);
  }

  /** The routing of the application's DataSource, for tests and metrics. */
  record ReplicaMetrics(ReplicaRouting routing) {}

  /**
   * The application's DataSource with a replica: the primary, lazily, and the replica for reads.
   */
  static final class RoutedDataSource extends LazyConnectionDataSourceProxy
      implements AutoCloseable {

    private final ReplicaRouting routing;

    RoutedDataSource(DataSource primary, ReplicaRouting routing) {
      super(primary);
      this.routing = routing;
      setReadOnlyDataSource(routing);
    }

    ReplicaRouting routing() {
      return routing;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> type) throws SQLException {
      if (type.isInstance(this)) {
        return (T) this;
      }
      return super.unwrap(type);
    }

    /** Stops the replica's pool and then the primary's. */
    @Override
    public void close() throws Exception {
      routing.close();
      if (obtainTargetDataSource() instanceof AutoCloseable target) {
        target.close();
      }
    }
  }

  static class ReplicaUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty(PREFIX + "url"));
    }
  }
}
