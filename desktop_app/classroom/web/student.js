// The student page of an Agora class session. Plain JavaScript, no libraries:
// it must load fast on a cheap phone over a busy classroom Wi-Fi.
// It long-polls /api/state for the current question, posts answers to
// /api/answer, and after any network failure tries again by itself with the
// same device id (kept in localStorage) and shows the answer it gave.
"use strict";
(function () {
  // The page's words, in the deck's language: the server writes them into the page
  // from Qt's catalogues (desktop_app/classroom/pages.py), English where none exists.
  var WORDS = JSON.parse(document.getElementById("words").textContent);
  var lang = document.documentElement.lang || "en";
  var parts = location.pathname.split("/");
  var token = parts[2] || "";
  var memory = {};
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return memory[k] || null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { memory[k] = v; } }
  };
  var device = deviceId();
  var version = -1;
  var shownKey = null;
  var current = null;
  var el = function (id) { return document.getElementById(id); };

  // A word by key, with %1 filled in; a missing key shows itself rather than nothing.
  function t(key, value) {
    var text = WORDS[key] || key;
    return value === undefined ? text : text.replace("%1", value);
  }

  function deviceId() {
    var id = store.get("agora-device");
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      var bytes = new Uint8Array(18);
      crypto.getRandomValues(bytes);
      id = btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_");
      store.set("agora-device", id);
    }
    return id;
  }

  function answerKey(question) { return "agora-answer:" + token + ":" + question; }

  function call(method, path, body) {
    var headers = { "X-Agora-Token": token, "X-Agora-Device": device };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    return fetch(path, {
      method: method, headers: headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function setStatus(text) { el("status").textContent = text; }

  function pause(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // Joining answers with the current question, so the first poll can wait for news.
  async function join() {
    for (var delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        var reply = await call("POST", "/api/join", {});
        if (reply.ok) { accept(reply.headers.get("X-Agora-Version"), await reply.json()); return; }
      } catch (e) { /* offline: try again */ }
      setStatus(t("reconnecting"));
      await pause(delay);
    }
  }

  async function poll() {
    var delay = 500;
    for (;;) {
      try {
        var reply = await call("GET", "/api/state?since=" + version);
        if (reply.status === 429) { setStatus(t("busy")); await pause(1000); continue; }
        if (!reply.ok) { throw new Error(String(reply.status)); }
        var next = reply.headers.get("X-Agora-Version");
        var state = await reply.json();
        if (Number(next) !== version || delay > 500) { accept(next, state); }
        delay = 500;
      } catch (e) {
        setStatus(t("reconnecting"));
        await pause(delay);
        delay = Math.min(delay * 2, 5000);
        if (String(e && e.message) !== "403") { await join(); }
      }
    }
  }

  function accept(next, state) {
    version = Number(next);
    show(state);
  }

  function show(state) {
    var q = state.question;
    current = q ? { question: q, open: state.open } : null;
    var form = el("form");
    if (!q) {
      form.hidden = true;
      shownKey = null;
      el("saved").textContent = "";
      setStatus(t("waiting"));
      return;
    }
    if (shownKey !== q.key) { build(q); shownKey = q.key; }
    if (q.correct !== undefined) { markCorrect(q.correct); }
    form.hidden = false;
    var inputs = form.querySelectorAll("input, textarea, button");
    for (var i = 0; i < inputs.length; i++) { inputs[i].disabled = !state.open; }
    setStatus(state.open ? t("open") : t("closed"));
  }

  function build(q) {
    var given = store.get(answerKey(q.key));
    var legend = el("prompt");
    var options = el("options");
    options.textContent = "";
    el("saved").textContent = given ? t("saved") : "";
    var free = q.kind === "discussion";
    el("choices").hidden = free;
    el("text-answer").hidden = !free;
    if (free) {
      el("text-label").textContent = q.prompt;
      el("text").value = given || "";
      el("text").setAttribute("aria-describedby", "text-count");
      el("text").maxLength = q.maxLength;
      count();
    } else {
      // The deck's words keep their own direction inside our sentence (Unicode isolates).
      var prompt = "\u2068" + q.prompt + "\u2069";
      if (q.kind === "motion") { legend.textContent = t("motion", prompt); }
      else if (q.kind === "row") { legend.textContent = t("row", prompt); }
      else { legend.textContent = q.prompt; }
      q.options.forEach(function (option, index) {
        var label = document.createElement("label");
        label.className = "option";
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "answer";
        input.value = option.id;
        input.id = "option-" + index;
        input.checked = given === option.id;
        var text = document.createElement("span");
        text.dir = "auto";  // a deck's label runs in its own direction
        text.textContent = q.kind === "motion" ? t(option.id) : option.label;
        label.appendChild(input);
        label.appendChild(text);
        options.appendChild(label);
      });
    }
    el("send").textContent = given ? t("change") : t("send");
  }

  function markCorrect(id) {
    var inputs = el("options").querySelectorAll("input");
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value === id) {
        var label = inputs[i].parentNode;
        label.classList.add("correct");
        if (!label.querySelector(".mark")) {
          var mark = document.createElement("strong");
          mark.className = "mark";
          mark.textContent = " ✓ " + t("correct");
          label.appendChild(mark);
        }
      }
    }
  }

  function count() {
    var area = el("text");
    el("text-count").textContent = t("left", (area.maxLength - area.value.length).toLocaleString(lang));
  }

  async function send(event) {
    event.preventDefault();
    if (!current || !current.open) { return; }
    var q = current.question;
    var value;
    if (q.kind === "discussion") {
      value = el("text").value.trim();
    } else {
      var picked = el("options").querySelector("input:checked");
      value = picked ? picked.value : "";
    }
    if (!value) { return; }
    el("send").disabled = true;
    for (var delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        var reply = await call("POST", "/api/answer", { question: q.key, value: value });
        if (reply.ok) {
          store.set(answerKey(q.key), value);
          el("saved").textContent = t("saved");
          el("send").textContent = t("change");
          break;
        }
        if (reply.status !== 429 && reply.status < 500) {
          el("saved").textContent = reply.status === 409 ? t("closed") : t("refused", reply.status);
          break;
        }
      } catch (e) { /* offline: keep the answer and try again */ }
      setStatus(t("reconnecting"));
      await pause(delay);
    }
    el("send").disabled = !(current && current.open);
  }

  document.addEventListener("DOMContentLoaded", function () {
    el("form").addEventListener("submit", send);
    el("text").addEventListener("input", count);
    setStatus(t("connecting"));
    join().then(poll);
  });
})();
