/* A Web Worker stand-in for pages opened from disk (file://), where browsers refuse real workers.
   After iframe-worker 1.0.4 by Martin Donath (MIT licence, https://github.com/squidfunk/iframe-worker),
   changed in one way: the original writes an inline <script> into its iframe, which the site's
   Content-Security-Policy (script-src 'self') refuses. Here the parent page gives the iframe its
   postMessage/importScripts and loads the worker's file with a <script src>, so no inline script runs.
   Material's `extra.polyfills` loads this file because its path contains "iframe-worker". */
"use strict";
(function () {
  function loadScript(doc, url) {
    return new Promise(function (resolve, reject) {
      var script = doc.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = reject;
      doc.body.appendChild(script);
    });
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = String(url);
      var frame = document.createElement("iframe");
      frame.hidden = true;
      document.body.appendChild((this.iframe = frame));
      var w = frame.contentWindow;
      var worker = this;
      w.document.open();
      w.document.write("<!doctype html><html><body></body></html>");
      w.document.close();
      w.postMessage = function (data) {
        var event = new MessageEvent("message", { data: data });
        worker.dispatchEvent(event);
        if (worker.onmessage) worker.onmessage(event);
      };
      w.importScripts = function () {
        var urls = Array.prototype.slice.call(arguments);
        return urls.reduce(function (done, next) {
          return done.then(function () { return loadScript(w.document, next); });
        }, Promise.resolve());
      };
      w.addEventListener("error", function (e) {
        var event = new ErrorEvent("error", { message: e.message, filename: worker.url, error: e.error });
        worker.dispatchEvent(event);
        if (worker.onerror) worker.onerror(event);
      });
      this.ready = loadScript(w.document, this.url + "?" + Date.now());
    }

    terminate() {
      this.iframe.remove();
    }

    postMessage(data) {
      var w = this.iframe.contentWindow;
      this.ready.catch(function () {}).then(function () {
        w.dispatchEvent(new MessageEvent("message", structuredClone({ data: data })));
      });
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
