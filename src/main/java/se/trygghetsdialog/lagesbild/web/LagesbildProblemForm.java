package se.trygghetsdialog.lagesbild.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** The form that adds an identified problem, as typed; a field not sent is empty. */
public record LagesbildProblemForm(String token, String title, String description, String area) {

  public LagesbildProblemForm(
      @BindParam("problemToken") @Nullable String token,
      @BindParam("problemTitle") @Nullable String title,
      @BindParam("problemDescription") @Nullable String description,
      @BindParam("problemArea") @Nullable String area) {
    this.token = token == null ? "" : token;
    this.title = title == null ? "" : title;
    this.description = description == null ? "" : description;
    this.area = area == null ? "" : area;
  }
}
