/*
 * BrainNetwork chat widget. Embed with one script tag:
 *   <script src="https://ASSISTANT-HOST/widget/widget.js" defer></script>
 * Optional attributes on that tag: data-socket-url, data-title, data-color.
 *
 * Safety: visitor text is only ever set as textContent; bot text is escaped first and
 * then rendered through a small markdown subset (bold, lists, line breaks, links);
 * links are clickable only for http(s), mailto and tel.
 * History lives in sessionStorage (gone when the tab closes), never in localStorage.
 */
(function () {
  "use strict";
  if (window.__brainNetworkChat) return;
  window.__brainNetworkChat = true;

  // Filled in by the widget server from the project's settings and crisis lines.
  var DEFAULTS = __BN_CONFIG__;
  var script = document.currentScript;
  var base = script.src.replace(/widget\.js(\?.*)?$/, "");
  var config = {
    socketUrl: script.getAttribute("data-socket-url") || DEFAULTS.socketUrl,
    title: script.getAttribute("data-title") || DEFAULTS.title,
    color: script.getAttribute("data-color") || DEFAULTS.color,
    crisis: DEFAULTS.crisis,
    maxMessageChars: DEFAULTS.maxMessageChars,
  };
  var HISTORY_KEY = "bn-chat-history";
  var SESSION_KEY = "bn-chat-session";
  var SAFE_LINK = /^(https?:|mailto:|tel:)/i;

  // ---------------------------------------------------------------- rendering

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  function inline(escaped) {
    // [title](url): only safe schemes become links; others stay plain text.
    escaped = escaped.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, function (all, title, url) {
      var href = url.replace(/&amp;/g, "&");
      if (!SAFE_LINK.test(href)) return title;
      return '<a href="' + escapeHtml(href) + '" target="_blank" rel="noopener noreferrer">' + title + "</a>";
    });
    escaped = escaped.replace(/(^|[\s(])(https?:\/\/[^\s<)]+)/g, function (all, before, url) {
      return before + '<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + url + "</a>";
    });
    return escaped.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  }

  /** Bot text -> safe HTML: escape everything, then bold, lists, line breaks, links. */
  function renderMarkdown(text) {
    var lines = escapeHtml(text || "").split(/\n/);
    var html = "", list = null;
    lines.forEach(function (line) {
      var bullet = /^\s*[-–•]\s+(.*)$/.exec(line), number = /^\s*\d+\.\s+(.*)$/.exec(line);
      var kind = bullet ? "ul" : number ? "ol" : null;
      if (list && kind !== list) { html += "</" + list + ">"; list = null; }
      if (kind) {
        if (!list) { html += "<" + kind + ">"; list = kind; }
        html += "<li>" + inline((bullet || number)[1]) + "</li>";
      } else if (line.trim() === "") {
        html += "<br>";
      } else {
        html += "<p>" + inline(line) + "</p>";
      }
    });
    if (list) html += "</" + list + ">";
    return html;
  }

  // ---------------------------------------------------------------- storage

  function load(key, fallback) {
    try { var v = sessionStorage.getItem(key); return v ? JSON.parse(v) : fallback; }
    catch (e) { return fallback; }
  }
  function save(key, value) {
    try { sessionStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }

  // ---------------------------------------------------------------- the widget

  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = base + "widget.css";
  document.head.appendChild(css);

  var root = document.createElement("div");
  root.className = "bn-chat";
  root.style.setProperty("--bn-color", config.color);
  root.innerHTML =
    '<button type="button" class="bn-launcher" aria-expanded="false" aria-controls="bn-panel">' +
    '<span aria-hidden="true">💬</span> <span class="bn-launcher-label"></span></button>' +
    '<section id="bn-panel" class="bn-panel" role="dialog" aria-modal="false" hidden>' +
    '<header class="bn-header"><h2 class="bn-title"></h2>' +
    '<button type="button" class="bn-reset">Nieuw gesprek</button>' +
    '<button type="button" class="bn-close" aria-label="Sluit de chat">×</button></header>' +
    '<p class="bn-status" role="status" aria-live="assertive" hidden></p>' +
    '<div class="bn-log" role="log" aria-live="polite" aria-label="Gesprek" tabindex="0"></div>' +
    '<p class="bn-typing" hidden><span class="bn-dots" aria-hidden="true"><i></i><i></i><i></i></span> ' +
    '<span class="bn-visually-hidden">De assistent typt…</span></p>' +
    '<form class="bn-form"><label class="bn-visually-hidden" for="bn-input">Typ je vraag…</label>' +
    '<input id="bn-input" class="bn-input" type="text" autocomplete="off" placeholder="Typ je vraag…">' +
    '<button type="submit" class="bn-send">Verstuur</button></form>' +
    '<footer class="bn-footer"></footer></section>';
  document.body.appendChild(root);

  var launcher = root.querySelector(".bn-launcher");
  var panel = root.querySelector(".bn-panel");
  var log = root.querySelector(".bn-log");
  var typing = root.querySelector(".bn-typing");
  var statusLine = root.querySelector(".bn-status");
  var input = root.querySelector(".bn-input");
  var form = root.querySelector(".bn-form");
  input.maxLength = config.maxMessageChars;
  launcher.querySelector(".bn-launcher-label").textContent = "Chat met ons";
  launcher.setAttribute("aria-label", "Open de chat met " + config.title);
  root.querySelector(".bn-title").textContent = config.title;
  panel.setAttribute("aria-label", config.title);
  root.querySelector(".bn-footer").innerHTML =
    "In nood? Bel <a href=\"tel:" + escapeHtml(config.crisis.suicide_line_short) + "\">" +
    escapeHtml(config.crisis.suicide_line_short) + "</a> of gratis <a href=\"tel:" +
    escapeHtml(config.crisis.suicide_line_free) + "\">" + escapeHtml(config.crisis.suicide_line_free) +
    "</a> (" + escapeHtml(config.crisis.suicide_line_name) + "), of <a href=\"tel:" +
    escapeHtml(config.crisis.emergency_number) + "\">" + escapeHtml(config.crisis.emergency_number) +
    "</a> bij direct gevaar.";

  var history = load(HISTORY_KEY, []);
  var socket = null;

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function addMessage(entry, index) {
    var bubble = document.createElement("div");
    bubble.className = "bn-msg bn-" + entry.from;
    var who = document.createElement("span");
    who.className = "bn-visually-hidden";
    who.textContent = entry.from === "user" ? "Jij: " : "Assistent: ";
    bubble.appendChild(who);
    var body = document.createElement("div");
    if (entry.from === "user") body.textContent = entry.text;  // never HTML
    else body.innerHTML = renderMarkdown(entry.text);
    bubble.appendChild(body);
    if (entry.buttons && entry.buttons.length) {
      var group = document.createElement("div");
      group.className = "bn-replies";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Snelle antwoorden");
      entry.buttons.forEach(function (button) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "bn-reply";
        b.textContent = button.title;
        b.disabled = !!entry.used;
        b.addEventListener("click", function () {
          entry.used = true;
          history[index] = entry;
          save(HISTORY_KEY, history);
          Array.prototype.forEach.call(group.querySelectorAll("button"), function (x) { x.disabled = true; });
          send(button.payload, button.title);
        });
        group.appendChild(b);
      });
      bubble.appendChild(group);
    }
    log.appendChild(bubble);
    scrollDown();
  }

  function remember(entry) {
    history.push(entry);
    save(HISTORY_KEY, history);
    addMessage(entry, history.length - 1);
  }

  function setTyping(on) { typing.hidden = !on; if (on) scrollDown(); }

  function send(payload, shown) {
    if (!payload || !payload.trim()) return;
    if (shown !== null) remember({ from: "user", text: shown || payload });
    setTyping(true);
    socket.emit("user_uttered", { message: payload, session_id: load(SESSION_KEY, null) });
  }

  // A session token is "<conversation id>.<issued at>.<signature>" (brainnetwork.widget.sessions).
  function conversationOf(token) {
    return typeof token === "string" ? token.split(".")[0] : null;
  }

  function connect() {
    socket = window.io(config.socketUrl, { transports: ["websocket", "polling"], reconnection: true });
    socket.on("connect", function () {
      statusLine.hidden = true;
      socket.emit("session_request", { session_id: load(SESSION_KEY, null) });
    });
    socket.on("session_confirm", function (token) {
      // The server signs the token afresh at every connection; only another
      // conversation id means a new conversation.
      var previous = load(SESSION_KEY, null);
      var isNew = conversationOf(token) !== conversationOf(previous);
      save(SESSION_KEY, token);
      if (isNew && previous !== null && history.length > 0) {
        // The server did not resume the old conversation (it expired, or its token was
        // no longer valid): the old history leaves the screen and the tab's storage too.
        history = [];
        sessionStorage.removeItem(HISTORY_KEY);
        log.innerHTML = "";
      }
      if (isNew && history.length === 0 && !panel.hidden) send("/greet", null);
    });
    socket.on("bot_uttered", function (message) {
      setTyping(false);
      remember({ from: "bot", text: message.text || "", buttons: message.quick_replies || message.buttons || [] });
    });
    socket.on("disconnect", function () {
      setTyping(false);
      statusLine.textContent = "De verbinding is verbroken. We proberen opnieuw te verbinden…";
      statusLine.hidden = false;
    });
    socket.on("connect_error", function () {
      statusLine.textContent = "Geen verbinding met de assistent. We blijven het proberen…";
      statusLine.hidden = false;
    });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    root.classList.add("bn-open");
    input.focus();
    if (!socket) connect();
    else if (history.length === 0 && socket.connected) send("/greet", null);
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    root.classList.remove("bn-open");
    launcher.focus();
  }

  function reset() {
    history = [];
    sessionStorage.removeItem(HISTORY_KEY);
    sessionStorage.removeItem(SESSION_KEY);
    log.innerHTML = "";
    if (socket) socket.emit("session_request", { session_id: null });
    input.focus();
  }

  launcher.addEventListener("click", function () { panel.hidden ? open() : close(); });
  root.querySelector(".bn-close").addEventListener("click", close);
  root.querySelector(".bn-reset").addEventListener("click", reset);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || !socket) return;
    input.value = "";
    send(text);
  });

  function loadSocketIo(then) {
    if (window.io) return then();
    var s = document.createElement("script");
    s.src = base + "socket.io.min.js";
    s.onload = then;
    document.head.appendChild(s);
  }

  history.forEach(addMessage);
  loadSocketIo(function () {
    if (history.length || load("bn-chat-open", false)) open();
  });
  launcher.addEventListener("click", function () { save("bn-chat-open", !panel.hidden); });

  // For the tests and the page: the renderer, exposed read-only.
  window.BrainNetworkChat = Object.freeze({ renderMarkdown: renderMarkdown });
})();
