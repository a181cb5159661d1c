/**
 * Requests for public access to documents (utlämnande av allmän handling): staff register a
 * request, attach the documents it covers, mark secrecy per passage with a legal ground from the
 * municipality's list of OSL grounds, produce the redacted copy and record the decision. The
 * documents come from {@link se.trygghetsdialog.records.access.DocumentSource} beans, implemented
 * by the modules that own each {@link se.trygghetsdialog.records.RecordKind}.
 *
 * <p>Named interface {@code access}: the SPI that other modules implement.
 */
@NamedInterface("access")
@NullMarked
package se.trygghetsdialog.records.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
