package se.trygghetsdialog.shared.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read of a public page that may come from the PostgreSQL read replica: a read-only transaction
 * whose data may be up to {@code app.datasource.replica.max-lag} old. Without a replica, or when it
 * lags more or is down, it reads the primary. Only for pages where that is fine: never for a page
 * that shows what its visitor has just written (a receipt, a staff page after saving), and never
 * around a write (the replica refuses writes). See {@link ReplicaRouting}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReplicaRead {}
