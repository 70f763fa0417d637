// The "type the code" page: for students who cannot scan the QR code.
// The code is exchanged for the session's page address; wrong codes are
// rate-limited per address by the server.
// Its words are in the deck's language, written into the page by the server.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var WORDS = JSON.parse(document.getElementById("words").textContent);
  var t = function (key) { return WORDS[key] || key; };
  var status = document.getElementById("status");
  document.getElementById("form").addEventListener("submit", async function (event) {
    event.preventDefault();
    var code = document.getElementById("code").value.trim().toUpperCase();
    status.textContent = t("checking");
    try {
      var reply = await fetch("/api/code", {
        method: "POST", cache: "no-store", credentials: "omit",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: code })
      });
      if (reply.ok) {
        var target = (await reply.json()).page;
        if (/^\/s\/[A-Za-z0-9_-]+\/$/.test(target)) { location.assign(target); return; }
      }
      status.textContent = reply.status === 429 ? t("tries") : t("unknown");
    } catch (e) {
      status.textContent = t("offline");
    }
  });
});
