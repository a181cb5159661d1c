package se.trygghetsdialog.field.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.shared.web.FormText;

/**
 * The report form's parameters ({@code reporterKind}, {@code e0.categoryId}, {@code e1.people}, …):
 * read into a draft (what the form shows again), and named for binding the command ({@code
 * events[0].categoryId}, see {@link RenamedFormBinding}). Event blocks are numbered by the form;
 * gaps (a block removed on the phone) are closed up and blocks beyond {@value
 * FieldPolicy#MAX_EVENTS} are dropped. The names stay {@code eN.field}: the phone's script and its
 * saved drafts use them.
 */
final class FieldReportForm {

  static final String PATH = "/personal/faltrapporter/ny";

  private static final Pattern EVENT = Pattern.compile("e(\\d{1,2})\\.(.+)");

  private FieldReportForm() {}

  /** The parameters with each event field also under its command name. */
  static Map<String, String[]> named(Map<String, String[]> params) {
    Map<String, String[]> named = new LinkedHashMap<>();
    TreeMap<Integer, List<Map.Entry<String, String[]>>> events = new TreeMap<>();
    for (Map.Entry<String, String[]> param : params.entrySet()) {
      if (param.getKey().startsWith("events")) {
        continue;
      }
      named.put(param.getKey(), param.getValue());
      Matcher m = EVENT.matcher(param.getKey());
      if (m.matches()) {
        events
            .computeIfAbsent(Integer.parseInt(m.group(1)), i -> new ArrayList<>())
            .add(Map.entry(m.group(2), param.getValue()));
      }
    }
    int index = 0;
    for (List<Map.Entry<String, String[]>> fields : events.values()) {
      if (index == FieldPolicy.MAX_EVENTS) {
        break;
      }
      for (Map.Entry<String, String[]> field : fields) {
        named.put("events[" + index + "]." + field.getKey(), field.getValue());
      }
      index++;
    }
    return named;
  }

  static FieldReportDraft read(Map<String, String[]> params) {
    TreeSet<Integer> indexes = new TreeSet<>();
    for (String name : params.keySet()) {
      if (name.matches("e\\d{1,2}\\..+")) {
        indexes.add(Integer.parseInt(name.substring(1, name.indexOf('.'))));
      }
    }
    List<FieldReportDraft.Event> events = new ArrayList<>();
    for (int i : indexes) {
      if (events.size() >= FieldPolicy.MAX_EVENTS) {
        break;
      }
      String p = "e" + i + ".";
      events.add(
          new FieldReportDraft.Event(
              v(params, p + "categoryId"),
              v(params, p + "gazetteerId"),
              v(params, p + "placeQuery"),
              v(params, p + "placeName"),
              v(params, p + "latitude"),
              v(params, p + "longitude"),
              v(params, p + "startDate"),
              v(params, p + "startTime"),
              v(params, p + "endDate"),
              v(params, p + "endTime"),
              v(params, p + "people"),
              v(params, p + "police"),
              v(params, p + "whatHappened"),
              v(params, p + "actionTaken")));
    }
    return new FieldReportDraft(
        v(params, "submissionKey"),
        v(params, "reporterKind"),
        events,
        "yes".equals(v(params, "confirmScreened")));
  }

  /** The draft, or a copy with a new submission key if it has none that can be read. */
  static FieldReportDraft keyed(FieldReportDraft draft) {
    if (FormText.uuid(draft.submissionKey()) != null) {
      return draft;
    }
    return new FieldReportDraft(
        UUID.randomUUID().toString(),
        draft.reporterKind(),
        draft.events(),
        draft.confirmScreened());
  }

  /** The event a button {@code remove-N} names; -1 when it names none. */
  static int index(String action) {
    try {
      return Integer.parseInt(action.substring(action.indexOf('-') + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String v(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 ? "" : FormText.clean(values[0]);
  }
}
