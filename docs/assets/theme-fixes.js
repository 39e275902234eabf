/* Material 9.8's search dialog has no accessible name (axe aria-dialog-name). Naming it here
   rather than in a copy of partials/search.html leaves the search of other engines building
   from overrides/ (Zensical, whose dialog is named already) untouched. */
document.querySelectorAll('.md-search[role="dialog"]:not([aria-label]):not([aria-labelledby])').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Search");
});

/* Material wraps each table in a box that scrolls sideways when the table is wider than the
   screen. Such a box must take keyboard focus, or a keyboard user cannot scroll it (WCAG 2.1.1,
   axe scrollable-region-focusable); as a region it needs a name of its own (axe landmark-unique).
   document$ is Material's page-load stream, when there is one. */
(function () {
  function markScrollingTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box, index) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Table " + (index + 1) + ", scrolls sideways");
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(markScrollingTables);
  } else {
    markScrollingTables();
  }
  window.addEventListener("resize", markScrollingTables);
})();
