package se.trygghetsdialog.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the staff start page. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "site/home";
  }

  @GetMapping("/personal")
  String staffHome() {
    return "site/staffHome";
  }
}
