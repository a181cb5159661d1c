package se.trygghetsdialog.shared.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds a decimal number as people in Sweden type it, with a comma or a point ({@code 58,27}), to a
 * {@code Double} command component. A blank value binds to null; one that is not a finite number,
 * or longer than 20 characters, is a binding error on its field.
 */
@Component
class DecimalConverter implements Converter<String, Double> {

  @Override
  public Double convert(String source) {
    if (FormText.clean(source).isEmpty()) {
      return null;
    }
    Double value = FormText.decimal(source);
    if (value == null) {
      throw new IllegalArgumentException("Not a decimal number");
    }
    return value;
  }
}
