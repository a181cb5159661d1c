package se.trygghetsdialog.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import se.trygghetsdialog.shared.ServerSecret;

/** Flash attributes in a sealed cookie rather than the session ({@link CookieFlashMapManager}). */
@Configuration(proxyBeanMethods = false)
class FlashConfig {

  @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
  FlashMapManager flashMapManager(ServerSecret secret) {
    return new CookieFlashMapManager(secret);
  }
}
