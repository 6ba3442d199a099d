// Starts GOV.UK Frontend's components. This is a file, not an inline script,
// so a Content-Security-Policy can forbid inline scripts. The bundle is
// imported from the URL base.html loads it from (fingerprinted in production),
// so the page runs one copy and this file names no version.
const bundle = document.querySelector("script[data-govuk-frontend]");

import(bundle.src).then(({ initAll }) => {
  document.body.classList.add("js-enabled", "govuk-frontend-supported");
  initAll();
});
