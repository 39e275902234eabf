/* "Listen": reads the op-ed's paragraphs aloud with the browser's own speech synthesis (no network),
   highlighting the paragraph being read. The control stays hidden where speech synthesis is missing. */
(function () {
  "use strict";

  function setup(box) {
    if (box.dataset.ready || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance !== "function") return;
    box.dataset.ready = "1";
    box.hidden = false;
    var synth = window.speechSynthesis;
    var play = box.querySelector(".listen-play");
    var pause = box.querySelector(".listen-pause");
    var stop = box.querySelector(".listen-stop");
    var status = box.querySelector(".listen-status");
    var paragraphs = Array.prototype.slice.call(document.querySelectorAll(".md-content p.oped-para"));
    var index = -1;
    var running = false;

    function text(p) {
      var copy = p.cloneNode(true);
      copy.querySelectorAll(".para-num, .editorial").forEach(function (n) { n.remove(); });
      return copy.textContent.replace(/\s+/g, " ").trim();
    }

    function mark(i) {
      paragraphs.forEach(function (p, k) { p.classList.toggle("is-reading", k === i); });
    }

    function controls(state) {
      play.hidden = state !== "idle" && state !== "paused";
      play.textContent = state === "paused" ? "Resume" : "Listen";
      pause.hidden = state !== "playing";
      stop.hidden = state === "idle";
    }

    function speak(i) {
      if (!running || i >= paragraphs.length) { finish("Finished reading."); return; }
      index = i;
      mark(i);
      status.textContent = "Reading paragraph " + paragraphs[i].id.replace("p", "") + ".";
      var utterance = new SpeechSynthesisUtterance(text(paragraphs[i]));
      utterance.lang = document.documentElement.lang || "en";
      utterance.onend = function () { speak(index + 1); };
      utterance.onerror = function () { finish("Reading stopped."); };
      synth.speak(utterance);
    }

    function finish(message) {
      running = false;
      synth.cancel();
      mark(-1);
      controls("idle");
      status.textContent = message;
    }

    play.addEventListener("click", function () {
      if (synth.paused && running) {
        synth.resume();
        controls("playing");
        return;
      }
      running = true;
      controls("playing");
      speak(0);
    });
    pause.addEventListener("click", function () {
      synth.pause();
      controls("paused");
      status.textContent = "Paused.";
    });
    stop.addEventListener("click", function () { finish("Stopped."); });
    window.addEventListener("pagehide", function () { if (running) finish(""); });
    controls("idle");
  }

  function init() {
    document.querySelectorAll(".listen").forEach(setup);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
