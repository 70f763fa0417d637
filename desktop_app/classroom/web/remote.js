// The teacher's phone remote. Pairs this device (the presenter allows it on the console),
// then long-polls the show's state and sends taps as commands. Reconnects by itself.
"use strict";

(function () {
  const token = location.pathname.split("/")[2] || "";
  const $ = (id) => document.getElementById(id);
  // The page's words, in the teacher's interface language: the server writes them into
  // the page from Qt's catalogues (desktop_app/classroom/pages.py), English where none exists.
  const WORDS = JSON.parse($("words").textContent);
  const t = (key, ...values) =>
    values.reduce((text, value, i) => text.replace("%" + (i + 1), value), WORDS[key] || key);
  const status = $("status");
  let device = localStorage.getItem("agora-remote-device");
  if (!device || !/^[A-Za-z0-9_-]{16,64}$/.test(device)) {
    const bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes);
    device = btoa(String.fromCharCode.apply(null, bytes))
      .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    localStorage.setItem("agora-remote-device", device);
  }
  const headers = { "X-Agora-Token": token, "X-Agora-Device": device };
  let version = -1, deckVersion = -1, pictureVersion = -1, view = null, wakeLock = null;
  let polling = false, elapsedAt = 0;

  function say(text, problem) {
    status.textContent = text;
    status.classList.toggle("problem", !!problem);
  }

  async function call(method, path, body) {
    const options = { method, headers: Object.assign({}, headers), cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options);
  }

  const wait = (ms) => new Promise((done) => setTimeout(done, ms));

  // -- pairing -------------------------------------------------------------------------
  async function pair() {
    $("pair").hidden = true;
    let delay = 1000;
    for (;;) {
      try {
        const label = (navigator.userAgentData && navigator.userAgentData.platform) ||
          navigator.platform || "Phone";
        let reply = await call("GET", "/api/remote/pair");
        let answer = reply.ok ? await reply.json() : { status: "error" };
        if (answer.status === "unknown") {
          reply = await call("POST", "/api/remote/pair", { label: String(label).slice(0, 60) });
          answer = reply.ok ? await reply.json() : { status: "error" };
        }
        if (answer.status === "approved") { return start(); }
        if (answer.status === "pending") {
          $("pairing-text").textContent = t("pending");
          say(t("pending-status"));
          delay = 1000;
        } else if (answer.status === "refused" || answer.status === "revoked") {
          $("pairing-text").textContent = t(answer.status);
          say(t("not-allowed"), true);
          $("remote").hidden = true;
          $("pairing").hidden = false;
          return;
        } else if (reply.status === 403) {
          say(t("invalid"), true);
          return;
        } else {
          say(t("problem"), true);
        }
      } catch (e) {
        say(t("offline"), true);
        delay = Math.min(delay * 2, 5000);
      }
      await wait(delay);
    }
  }

  // -- the show ------------------------------------------------------------------------
  function start() {
    $("pairing").hidden = true;
    $("remote").hidden = false;
    say(t("connected"));
    keepAwake();
    if (!polling) { poll(); }
  }

  async function poll() {
    polling = true;
    let delay = 500;
    for (;;) {
      try {
        const reply = await call("GET", "/api/remote/state?since=" + version);
        if (reply.status === 403) { polling = false; version = -1; return pair(); }
        if (!reply.ok) { throw new Error("status " + reply.status); }
        version = Number(reply.headers.get("X-Agora-Version") || version);
        show(await reply.json());
        if (status.classList.contains("problem")) { say(t("connected")); }
        delay = 500;
      } catch (e) {
        say(t("lost"), true);
        await wait(delay);
        delay = Math.min(delay * 2, 5000);
      }
    }
  }

  function show(v) {
    if (!v || v.slide === undefined) { return; }
    view = v;
    $("number").textContent = v.slide + " / " + v.count;
    $("slide-title").textContent = v.slide_title +
      (v.steps ? "  " + t("step", v.step + 1, v.steps + 1) : "");
    const notes = $("notes");
    notes.replaceChildren();
    if (!v.notes.length) {
      const empty = document.createElement("p");
      empty.textContent = t("no-notes");
      notes.append(empty);
    }
    for (const part of v.notes) {
      const p = document.createElement("p");
      p.textContent = part;
      notes.append(p);
    }
    elapsedAt = Date.now();
    tick();
    const pace = $("pace");
    pace.textContent = v.pace_kind === "none" ? "" : v.pace;
    pace.className = v.pace_kind;
    $("left").textContent = v.left;
    $("black").setAttribute("aria-pressed", v.black ? "true" : "false");
    $("zoom-level").textContent = v.zoom > 1 ? t("zoomed", v.zoom) : "";
    $("next").disabled = v.end;
    $("next-caption").textContent = v.end ? t("end") : t("next-caption");
    if (v.deck !== deckVersion) { deckVersion = v.deck; loadSlides(); }
    $("jump").value = String(v.slide);
    if (v.pictures !== pictureVersion) { pictureVersion = v.pictures; loadPictures(); }
  }

  function tick() {
    if (!view) { return; }
    const running = view.timer.running;
    const seconds = view.timer.elapsed + (running ? (Date.now() - elapsedAt) / 1000 : 0);
    const whole = Math.max(0, Math.floor(seconds));
    const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
    const two = (n) => String(n).padStart(2, "0");
    $("elapsed").textContent = (h ? h + ":" + two(m) : String(m)) + ":" + two(s) +
      (running ? "" : " " + t("paused"));
  }
  setInterval(tick, 1000);

  async function loadSlides() {
    try {
      const reply = await call("GET", "/api/remote/slides");
      if (!reply.ok) { return; }
      const titles = (await reply.json()).slides;
      const jump = $("jump");
      jump.replaceChildren();
      titles.forEach((title, i) => {
        const option = document.createElement("option");
        option.value = String(i + 1);
        option.textContent = (i + 1) + ". " + title;
        jump.append(option);
      });
      if (view) { jump.value = String(view.slide); }
    } catch (e) { /* the next state poll retries */ }
  }

  async function loadPictures() {
    for (const [which, id] of [["current", "room-picture"], ["next", "next-picture"]]) {
      try {
        const reply = await call("GET", "/api/remote/picture/" + which);
        const img = $(id);
        if (!reply.ok) { img.removeAttribute("src"); continue; }
        const blob = await reply.blob();
        // The page's CSP allows data: images, not blob: ones.
        img.src = await new Promise((done) => {
          const reader = new FileReader();
          reader.onload = () => done(reader.result);
          reader.readAsDataURL(blob);
        });
      } catch (e) { /* the next state poll retries */ }
    }
  }

  async function send(command, extra) {
    try {
      const reply = await call("POST", "/api/remote/command",
        Object.assign({ command }, extra || {}));
      if (reply.status === 403) { version = -1; pair(); }
      else if (!reply.ok) { say(t("command-refused", reply.status), true); }
    } catch (e) {
      say(t("not-sent"), true);
    }
  }

  // -- controls ------------------------------------------------------------------------
  $("next").addEventListener("click", () => send("next"));
  $("previous").addEventListener("click", () => send("previous"));
  $("black").addEventListener("click", () => send("black"));
  $("zoom-in").addEventListener("click", () => send("zoom_in"));
  $("zoom-out").addEventListener("click", () => send("zoom_out"));
  $("jump").addEventListener("change", (e) => send("goto", { slide: Number(e.target.value) }));
  $("pair").addEventListener("click", pair);
  const notesSize = () => Number(localStorage.getItem("agora-remote-notes") || "1.1");
  function setNotes(size) {
    size = Math.min(3, Math.max(0.8, size));
    localStorage.setItem("agora-remote-notes", String(size));
    document.documentElement.style.setProperty("--notes", size + "rem");
  }
  setNotes(notesSize());
  $("notes-bigger").addEventListener("click", () => setNotes(notesSize() + 0.2));
  $("notes-smaller").addEventListener("click", () => setNotes(notesSize() - 0.2));

  // Pinch on the room's picture zooms the room around the pinch's centre.
  const room = $("room-picture");
  let pinch = null;
  function spread(touches) {
    const [a, b] = [touches[0], touches[1]];
    return { d: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
      x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2 };
  }
  room.addEventListener("touchstart", (e) => {
    if (e.touches.length === 2) { pinch = { from: spread(e.touches), to: null }; }
  }, { passive: true });
  room.addEventListener("touchmove", (e) => {
    if (pinch && e.touches.length === 2) { pinch.to = spread(e.touches); }
  }, { passive: true });
  room.addEventListener("touchend", () => {
    if (!pinch || !pinch.to || !view) { pinch = null; return; }
    const box = room.getBoundingClientRect();
    const ratio = pinch.to.d / Math.max(1, pinch.from.d);
    const factor = Math.max(1, Math.min(8, view.zoom * ratio));
    // The picture shows the room's view: map the pinch centre back to the whole slide.
    const rx = (pinch.from.x - box.left) / box.width, ry = (pinch.from.y - box.top) / box.height;
    pinch = null;
    if (factor <= 1.05) { send("unzoom"); return; }
    send("zoom", { x: Math.round(rx * 1920), y: Math.round(ry * 1080),
      percent: Math.round(factor * 100) });
  });

  // Keep the screen on while the remote is in use, where the browser allows it.
  async function keepAwake() {
    if (!("wakeLock" in navigator) || document.visibilityState !== "visible") { return; }
    try { wakeLock = await navigator.wakeLock.request("screen"); } catch (e) { wakeLock = null; }
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && !$("remote").hidden) { keepAwake(); }
  });

  pair();
})();
