package se.trygghetsdialog.tenancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator chooses which features the municipality uses. Each feature turned on or off is
 * audit-logged with its old and new state.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SwitchFeatures {

  /**
   * The features form: the ticked features (an unticked box sends nothing).
   *
   * @param features the features to have on; null or empty turns every one off
   */
  public record Command(@Nullable List<Feature> features) {

    Set<Feature> on() {
      return features == null || features.isEmpty()
          ? EnumSet.noneOf(Feature.class)
          : EnumSet.copyOf(features);
    }
  }

  private final SettingsRepository repository;
  private final FeatureSwitches switches;
  private final ApplicationEventPublisher events;

  @Transactional
  public void change(MunicipalityId municipality, @Nullable UUID actor, Command command) {
    Set<Feature> before = switches.enabled(municipality);
    Set<Feature> after = command.on();
    for (Feature feature : Feature.values()) {
      boolean was = before.contains(feature);
      boolean is = after.contains(feature);
      if (was != is) {
        repository.setFeature(municipality, feature, is);
        events.publishEvent(
            new SettingChanged(
                municipality, actor, "feature." + feature.name(), onOff(was), onOff(is)));
      }
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
