package se.trygghetsdialog.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Population statistics as PxWeb JSON-stat2, what SCB's API answers for a table of folkmängd (for
 * example BE0101N1 with {@code outputFormat=json-stat2}): a dataset with the dimensions {@code
 * Region}, {@code Alder}, {@code Kon} and {@code Tid} (names case ignored; further dimensions such
 * as {@code ContentsCode} must hold one category), each category index an object or array of codes,
 * and the {@code value} array (or object by position) in row-major order. A figure's position in
 * the value array (from 1) is the line an error names.
 */
final class PopulationJsonStat {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> NEEDED = List.of("region", "alder", "kon", "tid");

  private PopulationJsonStat() {}

  static PopulationFile.Result parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      return whole("population.error.json.syntax");
    }
    if (root == null || !root.isObject() || !"dataset".equals(string(root.get("class")))) {
      return whole("population.error.json.notDataset");
    }
    JsonNode ids = root.get("id");
    JsonNode sizes = root.get("size");
    JsonNode dimensions = root.get("dimension");
    if (ids == null
        || sizes == null
        || dimensions == null
        || !ids.isArray()
        || !sizes.isArray()
        || ids.size() != sizes.size()) {
      return whole("population.error.json.notDataset");
    }
    int n = ids.size();
    String[] names = new String[n];
    int[] size = new int[n];
    List<List<String>> codes = new ArrayList<>();
    long total = 1;
    for (int d = 0; d < n; d++) {
      names[d] = string(ids.get(d)).toLowerCase(Locale.ROOT);
      size[d] = sizes.get(d).asInt(-1);
      List<String> categories = categories(dimensions.get(string(ids.get(d))));
      if (categories == null || categories.size() != size[d] || size[d] < 1) {
        return whole("population.error.json.dimension", string(ids.get(d)));
      }
      if (!NEEDED.contains(names[d]) && size[d] != 1) {
        return whole("population.error.json.extraDimension", string(ids.get(d)));
      }
      codes.add(categories);
      total *= size[d];
    }
    for (String needed : NEEDED) {
      if (!Arrays.asList(names).contains(needed)) {
        return whole("population.error.json.missingDimension", needed);
      }
    }
    if (total > PopulationFile.MAX_ROWS * 4L) {
      return whole("population.error.file.tooMany", PopulationFile.MAX_ROWS);
    }
    JsonNode values = root.get("value");
    if (values == null || !(values.isArray() || values.isObject())) {
      return whole("population.error.json.noValues");
    }
    if (values.isArray() && values.size() != total) {
      return whole("population.error.json.valueCount", values.size(), total);
    }
    PopulationFile.Collector rows = new PopulationFile.Collector(true);
    int[] position = new int[n];
    for (int index = 0; index < total && !rows.full(); index++) {
      int rest = index;
      for (int d = n - 1; d >= 0; d--) {
        position[d] = rest % size[d];
        rest /= size[d];
      }
      String region = code(names, codes, position, "region");
      String age = code(names, codes, position, "alder");
      String sex = code(names, codes, position, "kon");
      String year = code(names, codes, position, "tid");
      JsonNode value = values.isArray() ? values.get(index) : values.get(String.valueOf(index));
      String count =
          value == null || value.isNull()
              ? ".."
              : value.isNumber() && !value.isIntegralNumber() ? "x" : value.asString();
      rows.add(index + 1, region, ScbCodes.age(age), age, ScbCodes.sex(sex), sex, year, count);
    }
    return rows.result();
  }

  private static String code(
      String[] names, List<List<String>> codes, int[] position, String name) {
    int d = Arrays.asList(names).indexOf(name);
    return codes.get(d).get(position[d]);
  }

  /** A dimension's category codes in index order; null when it has none readable. */
  private static @Nullable List<String> categories(@Nullable JsonNode dimension) {
    if (dimension == null || dimension.get("category") == null) {
      return null;
    }
    JsonNode index = dimension.get("category").get("index");
    if (index == null) {
      JsonNode labels = dimension.get("category").get("label");
      if (labels == null || !labels.isObject() || labels.size() != 1) {
        return null;
      }
      return new ArrayList<>(labels.propertyNames());
    }
    if (index.isArray()) {
      List<String> list = new ArrayList<>();
      index.forEach(c -> list.add(string(c)));
      return list;
    }
    if (!index.isObject()) {
      return null;
    }
    String[] ordered = new String[index.size()];
    for (Map.Entry<String, JsonNode> entry : index.properties()) {
      int at = entry.getValue().asInt(-1);
      if (at < 0 || at >= ordered.length || ordered[at] != null) {
        return null;
      }
      ordered[at] = entry.getKey();
    }
    return Arrays.asList(ordered);
  }

  private static String string(@Nullable JsonNode node) {
    return node == null || !node.isString() ? "" : node.asString();
  }

  private static PopulationFile.Result whole(String key, Object... args) {
    return PopulationFile.failed(true, new PopulationFile.LineError(0, key, List.of(args)));
  }
}
