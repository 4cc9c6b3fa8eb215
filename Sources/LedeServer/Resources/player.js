// The synced player, served at /static/player.js: the sentence being spoken is highlighted and kept in
// view; a click on a sentence seeks there; space plays and pauses, ← and → go to the previous and next
// sentence. The page works without it (a plain article and an <audio> element).
"use strict";
(function () {
  var audio = document.getElementById("player");
  if (!audio) return;
  var sentences = Array.prototype.slice.call(
    document.querySelectorAll(".reader h1 span[data-start-ms], .article-body span[data-start-ms]"));
  var starts = sentences.map(function (s) { return +s.getAttribute("data-start-ms"); });
  var current = -1;

  // The last sentence that starts at or before t (binary search: sentences are in audio order).
  function indexAt(ms) {
    var lo = 0, hi = starts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= ms) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 120 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight) - 40;
  }

  function highlight(i) {
    if (i === current) return;
    if (current >= 0) sentences[current].classList.remove("current");
    current = i;
    if (i < 0) return;
    var el = sentences[i];
    el.classList.add("current");
    if (!inView(el)) el.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function update() { highlight(indexAt(audio.currentTime * 1000)); }

  function seek(ms) {
    audio.currentTime = ms / 1000 + 0.001;
    update();
    if (audio.paused) audio.play();
  }

  var frame = 0;
  function tick() { update(); frame = audio.paused ? 0 : window.requestAnimationFrame(tick); }
  audio.addEventListener("play", function () { if (!frame) frame = window.requestAnimationFrame(tick); });
  audio.addEventListener("timeupdate", update);
  audio.addEventListener("seeked", update);

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-start-ms]") : null;
    if (!target || event.target.closest("a")) return;
    seek(+target.getAttribute("data-start-ms"));
  });

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || tag === "button" || event.target.isContentEditable) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === " " || event.key === "Spacebar") {
      event.preventDefault();
      if (audio.paused) audio.play(); else audio.pause();
    } else if (event.key === "ArrowRight" && sentences.length) {
      event.preventDefault();
      seek(starts[Math.min(sentences.length - 1, Math.max(0, current + 1))]);
    } else if (event.key === "ArrowLeft" && sentences.length) {
      event.preventDefault();
      seek(starts[Math.max(0, current - 1)]);
    }
  });
})();
