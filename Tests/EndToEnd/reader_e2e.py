"""Drives headless Chromium through chromedriver's W3C WebDriver HTTP API (no Selenium needed).

usage: reader_e2e.py DRIVER_URL ARTICLE_URL SCREENSHOT.png
"""
import base64
import json
import sys
import time
import urllib.request

driver, page, screenshot = sys.argv[1:4]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(driver + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["value"]


for _ in range(100):
    try:
        call("GET", "/status")
        break
    except OSError:
        time.sleep(0.1)

session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
    "browserName": "chrome",
    "goog:chromeOptions": {"args": [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--mute-audio", "--window-size=414,900",
        "--autoplay-policy=no-user-gesture-required"]},
}}})["sessionId"]
base = f"/session/{session}"


def js(script, *args):
    return call("POST", base + "/execute/sync", {"script": script, "args": list(args)})


failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


try:
    call("POST", base + "/url", {"url": page})
    state = js("""
        const a = document.getElementById('player');
        return {audio: !!a, spans: document.querySelectorAll('.article-body span[data-start-ms]').length,
                script: !!document.querySelector('script[src="/static/player.js"]')};
    """)
    check(state["audio"], "the page has an <audio> element")
    check(state["spans"] > 5, f"sentences are timed spans ({state['spans']})")

    # Play for a while; the highlighted sentence must be the one whose time range holds currentTime.
    js("document.getElementById('player').play();")
    first = None
    for _ in range(40):
        time.sleep(0.1)
        first = js("const s = document.querySelector('span.current'); return s ? s.dataset.id : null;")
        if first is not None:
            break
    check(first == "0", f"the title is highlighted first ({first})")
    time.sleep(7)
    now = js("""
        const a = document.getElementById('player'); const s = document.querySelector('span.current');
        return {t: a.currentTime * 1000, paused: a.paused,
                start: s ? +s.dataset.startMs : null, end: s ? +s.dataset.endMs : null, id: s ? s.dataset.id : null};
    """)
    check(now["t"] > 5000, f"the audio plays (currentTime {now['t']:.0f} ms)")
    check(now["id"] not in (None, "0"), f"the highlight has moved on with the audio (sentence {now['id']})")
    check(now["start"] is not None and now["start"] <= now["t"] + 250,
          f"highlighted sentence {now['id']} starts {now['start']} ms, at or before {now['t']:.0f} ms")
    following = js("""
        const t = document.getElementById('player').currentTime * 1000;
        const later = [...document.querySelectorAll('.reader h1 span[data-start-ms], .article-body span[data-start-ms]')]
            .map(s => +s.dataset.startMs).filter(s => s > %d);
        return later.length ? Math.min(...later) : null;
    """ % (now["start"] or 0))
    check(following is None or following >= now["t"] - 250,
          f"no later sentence has started yet (next starts {following} ms)")

    # Click a sentence further down: the audio seeks to its start and it is highlighted.
    target = call("POST", base + "/element", {"using": "css selector", "value": ".article-body p:nth-of-type(4) span[data-start-ms]"})
    element = list(target.values())[0]
    start = int(call("GET", f"{base}/element/{element}/attribute/data-start-ms"))
    call("POST", f"{base}/element/{element}/click", {})
    time.sleep(0.5)
    after = js("""
        const a = document.getElementById('player'); const s = document.querySelector('span.current');
        return {t: a.currentTime * 1000, start: s ? +s.dataset.startMs : null};
    """)
    check(abs(after["t"] - start) < 1500, f"click seeks to {start} ms (now {after['t']:.0f} ms)")
    check(after["start"] == start, f"the clicked sentence is highlighted ({after['start']})")

    # A quotation read in the quote voice is a marked span of its own: a click seeks to it and
    # highlights it like any sentence.
    quoted = call("POST", base + "/elements", {"using": "css selector", "value": ".article-body span.quoted[data-start-ms]"})
    check(len(quoted) >= 1, f"quoted parts are marked ({len(quoted)})")
    if quoted:
        element = list(quoted[-1].values())[0]
        qstart = int(call("GET", f"{base}/element/{element}/attribute/data-start-ms"))
        call("POST", f"{base}/element/{element}/click", {})
        time.sleep(0.5)
        on = js("""
            const s = document.querySelector('span.current');
            return {start: s ? +s.dataset.startMs : null, quoted: !!(s && s.classList.contains('quoted'))};
        """)
        check(on["start"] == qstart and on["quoted"], f"the clicked quotation is highlighted ({on})")
        # Back to the sentence clicked above, for the → check.
        call("POST", f"{base}/element/{list(target.values())[0]}/click", {})
        time.sleep(0.5)

    # → goes to the next sentence.
    js("document.getElementById('player').pause();")
    call("POST", base + "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": [
        {"type": "keyDown", "value": "\uE014"}, {"type": "keyUp", "value": "\uE014"}]}]})
    time.sleep(0.5)
    nxt = js("const s = document.querySelector('span.current'); return s ? +s.dataset.startMs : null;")
    check(nxt is not None and nxt > start, f"→ moves to the next sentence ({start} → {nxt} ms)")

    with open(screenshot, "wb") as f:
        f.write(base64.b64decode(call("GET", base + "/screenshot")))
    print(f"screenshot: {screenshot}")
finally:
    call("DELETE", base)

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("reader e2e: all checks passed")
