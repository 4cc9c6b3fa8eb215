/// The reader's stylesheet and player script, served from memory at `/static/lede.css` and
/// `/static/player.js` (kept in the binary so an installed `lede` needs no resource folder).
enum StaticAssets {
    /// Readable on a phone: one column, system fonts, large tap targets; the current sentence is
    /// highlighted with a background that keeps the text's contrast.
    static let stylesheet = """
        :root { color-scheme: light dark; --accent: #0b5cad; --mark: #fff3a3; --muted: #666; --bg: #fdfdfb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 18px/1.6 Georgia, "Times New Roman", serif; color: #1b1b1b; background: var(--bg); }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem;
          border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; }
        header.site .home { font-weight: 700; text-decoration: none; color: inherit; font-size: 1.2rem; }
        form.search { display: flex; flex: 1 1 16rem; gap: .4rem; }
        form.search input { flex: 1; font: inherit; font-size: 1rem; padding: .4rem .6rem; min-width: 0; }
        button { font: inherit; font-size: 1rem; padding: .4rem .8rem; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
        h1 { line-height: 1.2; }
        a { color: var(--accent); }
        ol.library { list-style: none; padding: 0; }
        ol.library li { padding: .8rem 0; border-bottom: 1px solid #e4e4e4; }
        ol.library .title { font-size: 1.15rem; font-weight: 600; text-decoration: none; }
        .meta, .byline, .player-info, .status, .source, .count { font-family: system-ui, sans-serif; font-size: .9rem; color: var(--muted); }
        .snippet { margin: .3rem 0 0; font-size: .95rem; }
        mark { background: var(--mark); color: inherit; }
        /* The player stays in reach while the article scrolls under it. */
        section.player { position: sticky; top: 0; background: var(--bg); padding: .5rem 0; z-index: 1;
          border-bottom: 1px solid rgba(127, 127, 127, .25); }
        .player-info { margin: .2rem 0 0; }
        audio { width: 100%; }
        figure { margin: 1.5rem 0; }
        figure img { max-width: 100%; height: auto; display: block; }
        figcaption { font-family: system-ui, sans-serif; font-size: .9rem; color: #444; margin-top: .3rem; }
        .credit { color: var(--muted); }
        blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #ccc; }
        span[data-start-ms] { cursor: pointer; border-radius: 3px; transition: background-color .2s; }
        span.current { background: var(--mark); }
        /* A quotation read in the quote voice. */
        span.quoted { text-decoration: underline dotted rgba(127, 127, 127, .8); text-underline-offset: .25em; }
        aside.quotes { margin: 2rem 0; padding: 1rem; background: rgba(127, 127, 127, .08); border-radius: 6px; }
        aside.quotes h2 { margin-top: 0; font-size: 1.1rem; font-family: system-ui, sans-serif; }
        aside.quotes dt { font-weight: 600; margin-top: .6rem; font-family: system-ui, sans-serif; }
        aside.quotes dd { margin: .2rem 0 .2rem 1rem; }
        .error { color: #a40000; }
        details.add { margin: 2rem 0; font-family: system-ui, sans-serif; }
        details.add summary { cursor: pointer; font-weight: 600; }
        details.add label { display: block; margin: .6rem 0; }
        details.add input, details.add textarea { display: block; width: 100%; font: inherit; padding: .4rem; margin-top: .2rem; }
        nav.pages { display: flex; justify-content: space-between; margin: 1rem 0; font-family: system-ui, sans-serif; }
        @media (prefers-color-scheme: dark) {
          body { color: #e8e8e8; } a { color: #8cc4ff; } :root { --mark: #5a4d00; --muted: #aaa; --bg: #151515; }
          figcaption { color: #ccc; } }
        """

    /// The synced player: the sentence being spoken is highlighted and kept in view; a click on a
    /// sentence seeks there; space plays and pauses, ← and → go to the previous and next sentence.
    /// The page works without it (a plain article and an `<audio>` element).
    static let playerScript = """
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

        """
}
