package se.trygghetsdialog.records.access.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.access.AccessRequest;
import se.trygghetsdialog.records.access.CoveredDocument;
import se.trygghetsdialog.records.access.DocumentSummary;
import se.trygghetsdialog.records.access.Passages;
import se.trygghetsdialog.records.access.Redaction;
import se.trygghetsdialog.records.access.SecrecyGround;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;

/** View models of the public access pages. */
public final class AccessViews {

  private AccessViews() {}

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** One request in the list, with its time open and whether it is overdue. */
  public record Row(AccessRequest request, String elapsed, boolean overdue) {}

  public record ListPage(List<Row> rows, Paging paging) {}

  /** The registration form as typed. */
  public record RegisterForm(
      String receivedDate, String receivedTime, String requester, String subject, String channel) {
    public RegisterForm {
      receivedDate = orEmpty(receivedDate);
      receivedTime = orEmpty(receivedTime);
      requester = orEmpty(requester);
      subject = orEmpty(subject);
      channel = orEmpty(channel);
    }

    static RegisterForm blank() {
      OffsetDateTime now = OffsetDateTime.now(AccessRequest.ZONE);
      return new RegisterForm(
          now.toLocalDate().toString(),
          now.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
          "",
          "",
          "");
    }
  }

  public record RegisterPage(RegisterForm form, FormErrors errors, List<Option> channels) {}

  /** The search among the documents the modules offer, as typed. */
  public record SearchForm(String kind, String from, String to, String text) {
    public SearchForm {
      kind = orEmpty(kind);
      from = orEmpty(from);
      to = orEmpty(to);
      text = orEmpty(text);
    }
  }

  /** A covered document in the request's list, with how many passages are withheld. */
  public record DocumentRow(CoveredDocument document, long withheld) {}

  /** The decision form as typed. */
  public record DecisionForm(String outcome, String reasons) {
    public DecisionForm {
      outcome = orEmpty(outcome);
      reasons = orEmpty(reasons);
    }
  }

  public record RequestPage(
      AccessRequest request,
      String elapsed,
      boolean overdue,
      List<DocumentRow> documents,
      SearchForm search,
      List<Option> kinds,
      @Nullable List<DocumentSummary> hits,
      FormErrors searchErrors,
      DecisionForm decision,
      List<Option> outcomes,
      FormErrors errors) {}

  public record DocumentPage(
      AccessRequest request,
      CoveredDocument document,
      List<Passages.Passage> passages,
      List<Redaction> redactions,
      List<Option> grounds,
      FormErrors errors) {}

  /** The form for a new ground as typed. */
  public record GroundForm(String chapter, String section, String label) {
    public GroundForm {
      chapter = orEmpty(chapter);
      section = orEmpty(section);
      label = orEmpty(label);
    }
  }

  public record GroundsPage(List<SecrecyGround> grounds, GroundForm form, FormErrors errors) {}
}
