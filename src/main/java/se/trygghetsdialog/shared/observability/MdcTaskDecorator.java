package se.trygghetsdialog.shared.observability;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Copies the logging context (the request id above all) of the thread that hands work to the
 * application's task executor into the thread that does it, so the log lines of {@code @Async}
 * methods and asynchronous event listeners carry the id of the request that caused them. Spring
 * Boot applies the one {@code TaskDecorator} bean to its executor.
 */
@Component
class MdcTaskDecorator implements TaskDecorator {

  @Override
  public Runnable decorate(Runnable task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    return () -> {
      Map<String, String> previous = MDC.getCopyOfContextMap();
      if (context == null) {
        MDC.clear();
      } else {
        MDC.setContextMap(context);
      }
      try {
        task.run();
      } finally {
        if (previous == null) {
          MDC.clear();
        } else {
          MDC.setContextMap(previous);
        }
      }
    };
  }
}
