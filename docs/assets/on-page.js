/* One way for the site's scripts to start: GuidedPage.onPage(init) runs init once the page's HTML is
   all there. With Material's document$ (its page-load stream) init runs on each page it shows,
   also after an in-site switch when instant navigation is on; without Material (or before its bundle
   has run), on DOMContentLoaded, or at once when that has already happened. init must be safe to run
   again on the same page: mark what it has set up (data-ready) and skip it the second time. */
(function () {
  "use strict";
  function onPage(init) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(function () { init(); });
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { init(); });
    } else {
      init();
    }
  }
  window.GuidedPage = { onPage: onPage };
})();
