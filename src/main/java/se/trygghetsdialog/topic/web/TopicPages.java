package se.trygghetsdialog.topic.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.topic.ProposalCase;
import se.trygghetsdialog.topic.ProposalOutcome;
import se.trygghetsdialog.topic.Topic;
import se.trygghetsdialog.topic.TopicPolicy;
import se.trygghetsdialog.topic.TopicStatus;
import se.trygghetsdialog.topic.TopicStatusChange;
import se.trygghetsdialog.topic.Topics;

/** What the topic controllers share: access, finding a topic, and building the pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicPages {

  static final int PAGE_SIZE = 20;

  private final Topics topics;
  private final Organisations organisations;
  private final Areas areas;

  /** The signed-in staff member who keeps the backlog; anyone else is refused (403). */
  static StaffPrincipal keeper() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!TopicPolicy.mayManage(staff)) {
      throw new AccessDeniedException("may not keep the topic backlog");
    }
    return staff;
  }

  /** The keeper of the backlog, or a moderator who reached the topic from the queue. */
  static StaffPrincipal viewer() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!TopicPolicy.mayManage(staff) && !staff.has(Role.MODERATOR)) {
      throw new AccessDeniedException("may not view the topic backlog");
    }
    return staff;
  }

  Topic find(MunicipalityId municipality, String id) {
    try {
      return topics
          .find(municipality, UUID.fromString(id))
          .orElseThrow(() -> new NotFoundException("topic"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("topic");
    }
  }

  /** A topic the public pages show; a pending or hidden one is not found. */
  Topic shown(MunicipalityId municipality, String id) {
    Topic topic = find(municipality, id);
    if (!topic.shown()) {
      throw new NotFoundException("topic");
    }
    return topic;
  }

  /** The case file of a medborgarförslag, once registered. */
  Optional<ProposalCase> proposalCase(MunicipalityId municipality, Topic topic) {
    return topics.proposalCase(municipality, topic.id());
  }

  /** The topic's status changes with their public reasons, oldest first. */
  List<TopicStatusChange> history(MunicipalityId municipality, Topic topic) {
    return topics.history(municipality, topic.id());
  }

  TopicListPage list(MunicipalityId municipality, String page, boolean shownOnly) {
    Paging paging =
        new Paging(Paging.requested(page), PAGE_SIZE, topics.count(municipality, shownOnly));
    return new TopicListPage(
        topics.page(municipality, shownOnly, paging.size(), paging.offset()),
        paging.page(),
        paging.totalPages());
  }

  String propose(
      TopicForms.Propose form, FormErrors errors, boolean offerSendAnyway, WebPage page) {
    page.add("form", form).add("errors", errors).add("offerSendAnyway", offerSendAnyway);
    return "topic/propose";
  }

  String enter(TopicForms.Enter form, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    List<Option> origins =
        Arrays.stream(TopicOrigin.values())
            .map(
                o ->
                    new Option(
                        o.name(), ui.e("dialogue.origin", o), o.name().equals(form.origin())))
            .toList();
    page.add("form", form).add("errors", errors).add("origins", origins);
    return "topic/staff/new";
  }

  /** The staff page of one topic with its status form. */
  String manage(Topic topic, TopicForms.@Nullable Status status, FormErrors errors, WebPage page) {
    return manage(topic, status, null, errors, page);
  }

  /** The staff page of one topic with its status form and, for a medborgarförslag, its case. */
  String manage(
      Topic topic,
      TopicForms.@Nullable Status status,
      TopicForms.@Nullable Case caseForm,
      FormErrors errors,
      WebPage page) {
    StaffPrincipal staff = viewer();
    proposalCase(topic, caseForm, staff, page);
    Ui ui = page.ui();
    TopicForms.Status form =
        status != null ? status : new TopicForms.Status(String.valueOf(topic.version()), "", "");
    List<Option> statuses =
        topic.status().next().stream()
            .filter(s -> s != TopicStatus.DIALOGUE_DECIDED)
            .map(s -> new Option(s.name(), ui.e("topic.status", s), s.name().equals(form.status())))
            .toList();
    page.add("topic", topic)
        .add("mayManage", TopicPolicy.mayManage(staff) && topic.shown() && !statuses.isEmpty())
        .add("mayDecide", mayDecide(staff, topic))
        .add("form", form)
        .add("statuses", statuses)
        .add("errors", errors);
    return "topic/staff/manage";
  }

  /** The case file of a medborgarförslag and the forms of its next steps. */
  private void proposalCase(
      Topic topic, TopicForms.@Nullable Case caseForm, StaffPrincipal staff, WebPage page) {
    Ui ui = page.ui();
    Optional<ProposalCase> file = topics.proposalCase(topic.municipalityId(), topic.id());
    TopicForms.Case form =
        caseForm != null
            ? caseForm
            : TopicForms.Case.blank(file.map(ProposalCase::version).orElse(0));
    List<Organisation> bodies = organisations.decidingBodies(topic.municipalityId());
    file.ifPresent(f -> page.add("proposalCase", f));
    page.add(
            "handlesProposal",
            TopicPolicy.mayManage(staff)
                && topic.shown()
                && topic.origin() == TopicOrigin.CITIZEN_PROPOSAL)
        .add("caseForm", form)
        .add("referralBodies", options(bodies, form.organisationId()))
        .add("decisionBodies", options(bodies, form.decisionBodyId()))
        .add(
            "outcomes",
            Arrays.stream(ProposalOutcome.values())
                .map(
                    o ->
                        new Option(
                            o.name(),
                            ui.e("topic.proposal.outcome", o),
                            o.name().equals(form.outcome())))
                .toList());
  }

  private static List<Option> options(List<Organisation> bodies, @Nullable String selected) {
    return bodies.stream()
        .map(o -> new Option(o.id().toString(), o.name(), o.id().toString().equals(selected)))
        .toList();
  }

  static boolean mayDecide(StaffPrincipal staff, Topic topic) {
    return TopicPolicy.mayDecide(staff)
        && topic.shown()
        && topic.status().next().contains(TopicStatus.DIALOGUE_DECIDED);
  }

  /** The page where the political decision to hold a dialogue on the topic is recorded. */
  String decision(
      MunicipalityId municipality,
      Topic topic,
      TopicForms.@Nullable Decision decision,
      FormErrors errors,
      WebPage page) {
    TopicForms.Decision form =
        decision != null
            ? decision
            : new TopicForms.Decision(
                String.valueOf(topic.version()),
                UUID.randomUUID().toString(),
                "",
                "",
                "",
                "",
                "",
                "");
    page.add("topic", topic)
        .add("form", form)
        .add(
            "bodies",
            organisations.decidingBodies(municipality).stream()
                .map(
                    o ->
                        new Option(
                            o.id().toString(),
                            o.name(),
                            o.id().toString().equals(form.decisionBodyId())))
                .toList())
        .add(
            "areaOptions",
            areas.all(municipality).stream()
                .map(
                    a ->
                        new Option(
                            a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
                .toList())
        .add("errors", errors);
    return "topic/staff/decision";
  }
}
