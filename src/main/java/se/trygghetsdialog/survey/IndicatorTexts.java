package se.trygghetsdialog.survey;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.trygghetsdialog.survey.results.Proportion;

/**
 * The NTU-style indicator in words for other modules' pages (evidence labels, the lägesbild, a
 * dialogue's perspectives), with the figures formatted as on the results page.
 */
final class IndicatorTexts {

  private final MessageSource messages;
  private final Locale locale;

  IndicatorTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** A share as a percentage with one decimal, e.g. {@code 23,4 %}. */
  String percent(double share) {
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    n.setMinimumFractionDigits(1);
    n.setMaximumFractionDigits(1);
    return n.format(100 * share) + " %";
  }

  /** The share of {@code p}. */
  String share(Proportion p) {
    return percent(p.share());
  }

  /** The 95 % Wilson interval of {@code p}, e.g. {@code 19,1 % – 28,3 %}. */
  String interval(Proportion p) {
    return percent(p.lower()) + " – " + percent(p.upper());
  }

  /** The number of valid answers {@code p} rests on. */
  String n(Proportion p) {
    return NumberFormat.getIntegerInstance(locale).format(Math.round(p.n()));
  }

  String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }
}
