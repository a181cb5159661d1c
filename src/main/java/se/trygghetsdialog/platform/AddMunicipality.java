package se.trygghetsdialog.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.InviteStaffMember;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.validation.EmailAddress;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A platform operator adds a municipality: its kommunkod, name and host names (each unique across
 * the install), and its first administrator, who gets an invitation mail through the staff
 * invitation of the identity module. All in one transaction: nothing is half added.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AddMunicipality {

  public static final int MAX_NAME = 100;

  /** The form, bound and validated by Spring MVC; texts are trimmed when the command is made. */
  public record Command(
      @NotBlank(message = "{platform.add.error.codeRequired}")
          @Pattern(regexp = "([0-9]{4})?", message = "{platform.add.error.codeInvalid}")
          String code,
      @NotBlank(message = "{platform.add.error.nameRequired}")
          @Size(max = MAX_NAME, message = "{platform.add.error.nameTooLong}")
          String name,
      @NotBlank(message = "{platform.add.error.hostsRequired}")
          @HostNames(message = "{platform.add.error.hostInvalid}")
          String hostNames,
      @NotBlank(message = "{platform.add.error.adminEmailRequired}")
          @EmailAddress(message = "{platform.add.error.adminEmailInvalid}")
          String adminEmail,
      @NotBlank(message = "{platform.add.error.adminNameRequired}")
          @Size(max = InviteStaffMember.MAX_NAME, message = "{platform.add.error.adminNameTooLong}")
          String adminName) {

    public Command {
      code = strip(code);
      name = strip(name);
      hostNames = strip(hostNames);
      adminEmail = strip(adminEmail);
      adminName = strip(adminName);
    }

    /** The host names typed, lower case, each once. */
    public List<String> hosts() {
      return HostNameList.parse(hostNames);
    }

    private static String strip(@Nullable String value) {
      return value == null ? "" : value.strip();
    }
  }

  private final Municipalities municipalities;
  private final InviteStaffMember invitations;
  private final ApplicationEventPublisher events;

  /**
   * Adds the municipality and invites its first administrator.
   *
   * @param locale the language of the invitation mail
   * @throws PlatformRuleViolation if the code or a host name is already a municipality's
   */
  @Transactional
  public Tenant add(Command command, UUID operatorId, Locale locale) {
    municipalities.lockForChange();
    if (municipalities.byCode(command.code()).isPresent()) {
      throw new PlatformRuleViolation("code", "platform.add.error.codeTaken", command.code());
    }
    List<String> hosts = command.hosts();
    List<String> taken = municipalities.hostNamesInUse(hosts);
    if (!taken.isEmpty()) {
      throw new PlatformRuleViolation(
          "hostNames", "platform.add.error.hostTaken", String.join(", ", taken));
    }
    Tenant tenant = municipalities.register(command.code(), command.name(), hosts, false);
    invitations.invite(
        tenant,
        new InviteStaffMember.Input(
            command.adminEmail(), command.adminName(), EnumSet.of(Role.ADMINISTRATOR), null),
        null,
        locale);
    events.publishEvent(
        new MunicipalityAdded(tenant.id(), operatorId, tenant.code(), tenant.name(), hosts));
    return tenant;
  }
}
