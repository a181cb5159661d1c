package se.trygghetsdialog.records.rights.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import se.trygghetsdialog.records.rights.AddressForm;
import se.trygghetsdialog.records.rights.PersonalData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * A resident's own data (mina uppgifter): the address form, the same receipt whether or not the
 * address is known, and behind the mailed link what is tied to the address, its export as JSON and
 * its deletion (confirmed with a button).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyDataController {

  static final String BASE = "/mina-uppgifter";

  /** The rate-limited action name, see {@link AnonymousRateLimiter}. */
  static final String RATE_LIMITED_ACTION = "personal-data-link";

  private final PersonalData personalData;
  private final AnonymousRateLimiter rateLimiter;
  private final FormSubmissions forms;

  @GetMapping(BASE)
  String form(WebPage page) {
    return request("", FormErrors.none(), page);
  }

  @PostMapping(BASE)
  String send(
      MunicipalityId municipality,
      @Valid @ModelAttribute("address") AddressForm form,
      BindingResult binding,
      HttpServletRequest request,
      WebPage page) {
    rateLimiter.require(request, RATE_LIMITED_ACTION);
    return forms.submit(
        binding,
        () -> {
          personalData.sendLink(municipality, form.value(), page.ui().locale(), Instant.now());
          return "redirect:" + BASE + "/skickat";
        },
        errors -> request(form.value(), errors, page));
  }

  @GetMapping(BASE + "/skickat")
  String sent() {
    return "records/rights/sent";
  }

  @GetMapping(BASE + "/visa/{token}")
  String show(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    String email = address(municipality, token);
    var items = personalData.find(municipality, email);
    personalData.audited(municipality, items.size(), "page", null, OffsetDateTime.now());
    page.add("items", items).add("token", token).add("email", email);
    return "records/rights/show";
  }

  @GetMapping(BASE + "/visa/{token}/mina-uppgifter.json")
  ResponseEntity<byte[]> export(MunicipalityId municipality, @PathVariable String token) {
    String email = address(municipality, token);
    return json(personalData.exportJson(municipality, email, null, OffsetDateTime.now()));
  }

  @GetMapping(BASE + "/visa/{token}/radera")
  String confirmErase(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    address(municipality, token);
    page.add("token", token);
    return "records/rights/confirmErase";
  }

  @PostMapping(BASE + "/visa/{token}/radera")
  String erase(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    String email = address(municipality, token);
    personalData.erase(municipality, email, OffsetDateTime.now());
    return page.redirect("rights.notice.erased", BASE + "/raderat");
  }

  @GetMapping(BASE + "/raderat")
  String erased() {
    return "records/rights/erased";
  }

  static ResponseEntity<byte[]> json(byte[] body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("mina-uppgifter.json").build().toString())
        .body(body);
  }

  private String address(MunicipalityId municipality, String token) {
    return personalData
        .addressOf(municipality, token, Instant.now())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "link expired"));
  }

  private String request(String email, FormErrors errors, WebPage page) {
    page.add("email", email).add("errors", errors);
    return "records/rights/request";
  }
}
