package se.trygghetsdialog.field;

import java.util.ArrayList;
import java.util.List;

/**
 * A field report as typed, every value a raw string: what the form shows again after an error or
 * another event; the same post binds to a {@link FieldReportCommand}.
 *
 * @param confirmScreened the rapportör has checked texts that screening flagged and files anyway
 */
public record FieldReportDraft(
    String submissionKey, String reporterKind, List<Event> events, boolean confirmScreened) {

  public FieldReportDraft {
    events = List.copyOf(events);
  }

  /** One event as typed. {@code gazetteerId} is a place chosen from the list instead of the map. */
  public record Event(
      String categoryId,
      String gazetteerId,
      String placeQuery,
      String placeName,
      String latitude,
      String longitude,
      String startDate,
      String startTime,
      String endDate,
      String endTime,
      String people,
      String police,
      String whatHappened,
      String actionTaken) {

    public static Event blank(String today) {
      return new Event("", "", "", "", "", "", today, "", today, "", "", "", "", "");
    }

    public Event at(String gazetteer, String name, String lat, String lon) {
      return new Event(
          categoryId,
          gazetteer,
          placeQuery,
          name,
          lat,
          lon,
          startDate,
          startTime,
          endDate,
          endTime,
          people,
          police,
          whatHappened,
          actionTaken);
    }
  }

  public static FieldReportDraft blank(String submissionKey, String today) {
    return new FieldReportDraft(submissionKey, "", List.of(Event.blank(today)), false);
  }

  public FieldReportDraft withEvents(List<Event> replaced) {
    return new FieldReportDraft(submissionKey, reporterKind, replaced, confirmScreened);
  }

  /** The draft with one more, empty event (up to {@link FieldPolicy#MAX_EVENTS}). */
  public FieldReportDraft withAnotherEvent(String today) {
    if (events.size() >= FieldPolicy.MAX_EVENTS) {
      return this;
    }
    List<Event> more = new ArrayList<>(events);
    more.add(Event.blank(today));
    return withEvents(more);
  }
}
