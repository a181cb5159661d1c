package se.trygghetsdialog.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * An administrator changes the municipality's profile: its name, contact and the links its public
 * pages show. The code is fixed once set. Every changed value is audit-logged with its old value.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeProfile {

  static final String HTTPS_OR_BLANK = "\\s*|\\s*https://\\S+\\s*";

  /** The profile form. */
  public record Command(
      @NotBlank(message = "{tenancy.error.name.required}")
          @Size(max = 100, message = "{tenancy.error.name.long}")
          String name,
      @Nullable @EmailAddress(message = "{tenancy.error.email}") String contactEmail,
      @Nullable
          @Size(max = 40, message = "{tenancy.error.phone}")
          @Pattern(regexp = "[0-9 +()\\-]*", message = "{tenancy.error.phone}")
          String contactPhone,
      @Nullable @Size(max = 300, message = "{tenancy.error.address}") String postalAddress,
      @Nullable
          @Size(max = 500, message = "{tenancy.error.url}")
          @Pattern(regexp = HTTPS_OR_BLANK, message = "{tenancy.error.url}")
          String eServicesUrl,
      @Nullable
          @Size(max = 500, message = "{tenancy.error.url}")
          @Pattern(regexp = HTTPS_OR_BLANK, message = "{tenancy.error.url}")
          String noticeBoardUrl) {}

  private final SettingsRepository repository;
  private final MunicipalityProfiles profiles;
  private final Municipalities municipalities;
  private final ApplicationEventPublisher events;

  /**
   * Saves the profile.
   *
   * @throws TenancyRuleViolation naming the field of a link that is not a usable https address
   */
  @Transactional
  public void change(MunicipalityId municipality, @Nullable UUID actor, Command command) {
    MunicipalityProfile before = profiles.of(municipality);
    MunicipalityProfile after =
        new MunicipalityProfile(
            before.code(),
            command.name().strip(),
            strip(command.contactEmail()),
            strip(command.contactPhone()),
            strip(command.postalAddress()),
            url("eServicesUrl", command.eServicesUrl()),
            url("noticeBoardUrl", command.noticeBoardUrl()),
            before.logoChangedAt());
    repository.saveProfile(municipality, after);
    if (!after.name().equals(before.name())) {
      repository.rename(municipality, after.name());
      municipalities.forgetHosts();
    }
    Map<String, String[]> changes = new LinkedHashMap<>();
    changes.put("name", new String[] {before.name(), after.name()});
    changes.put("contactEmail", new String[] {before.contactEmail(), after.contactEmail()});
    changes.put("contactPhone", new String[] {before.contactPhone(), after.contactPhone()});
    changes.put("postalAddress", new String[] {before.postalAddress(), after.postalAddress()});
    changes.put("eServicesUrl", new String[] {before.eServicesUrl(), after.eServicesUrl()});
    changes.put("noticeBoardUrl", new String[] {before.noticeBoardUrl(), after.noticeBoardUrl()});
    changes.forEach(
        (field, values) -> {
          if (!values[0].equals(values[1])) {
            events.publishEvent(
                new SettingChanged(municipality, actor, "profile." + field, values[0], values[1]));
          }
        });
  }

  private static String strip(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  /** A blank link, or an absolute https address with a host name. */
  static String url(String field, @Nullable String value) {
    String url = strip(value);
    if (url.isEmpty()) {
      return url;
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme())
          || uri.getHost() == null
          || !uri.getHost().contains(".")
          || uri.getUserInfo() != null) {
        throw new TenancyRuleViolation(field, "tenancy.error.url");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new TenancyRuleViolation(field, "tenancy.error.url");
    }
  }
}
