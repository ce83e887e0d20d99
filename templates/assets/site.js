/* GuideGen site script: the "my service" choice and small keyboard helpers. A classic script (no
   modules) so that it runs from file://; without it the site works and simply shows everything. */
(function () {
  "use strict";

  var body = document.body;

  // ---- The phone header's Menu button (CSS shows it only on narrow screens) -------------------------
  (function () {
    var header = document.querySelector(".site-header");
    var button = header && header.querySelector(".menu-toggle");
    if (!button) return;
    button.hidden = false;
    header.classList.add("has-menu");
    var set = function (open) { header.classList.toggle("menu-open", open); button.setAttribute("aria-expanded", open ? "true" : "false"); };
    button.addEventListener("click", function () { set(!header.classList.contains("menu-open")); });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && header.classList.contains("menu-open") && getComputedStyle(button).display !== "none") { set(false); button.focus(); }
    });
  })();
  var namespace = body.getAttribute("data-guide") || "guidegen";
  var allServices = body.getAttribute("data-all-service") || ""; // the type marked applies_to_all in site.yml
  var STORE = namespace + ":service";

  // ---- "What's new" on the home page: for readers who last saw another edition -----------------------
  // A first visit to the home page records the edition without a note (everything is new then); a
  // later edition shows the note until it is hidden or the What's new page is read. Only these two
  // pages keep the key, so "remove everything" on the self-assessment leaves nothing behind on reload.
  // Storage may be off: then no note.
  (function () {
    var SEEN = namespace + ":edition-seen";
    var notice = document.querySelector(".whats-new-notice");
    if (!notice && !body.classList.contains("kind-whats-new")) return;
    var current = notice ? notice.getAttribute("data-edition") : body.getAttribute("data-edition");
    if (!current) return;
    var seen = null;
    try { seen = localStorage.getItem(SEEN); } catch (e) { return; }
    var markSeen = function () { try { localStorage.setItem(SEEN, current); } catch (e) { /* storage may be full or off */ } };
    if (seen === null || body.classList.contains("kind-whats-new")) { markSeen(); return; }
    if (!notice || seen === current) return;
    notice.hidden = false;
    var dismiss = notice.querySelector(".whats-new-dismiss");
    if (dismiss) dismiss.addEventListener("click", function () { markSeen(); notice.hidden = true; });
  })();

  // ---- "Show items for": one service type, carried from page to page ------------------------------
  // Browsers keep storage for files opened from disk differently (Firefox: one store per file), so the
  // choice travels in the links (?service=R) and localStorage is only a fallback.
  function readChoice() {
    var fromLink = new URLSearchParams(location.search).get("service");
    if (fromLink !== null) return fromLink;
    try { return localStorage.getItem(STORE) || ""; } catch (e) { return ""; }
  }

  function remember(choice) {
    try { if (choice) localStorage.setItem(STORE, choice); else localStorage.removeItem(STORE); } catch (e) { /* storage may be off */ }
  }

  function carryInLinks(choice) {
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (link) {
      var href = link.getAttribute("href");
      if (!href || /^([a-z]+:|#|\/\/)/i.test(href) || link.hasAttribute("download")) return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      var anchor = hash < 0 ? "" : href.slice(hash);
      var query = path.indexOf("?");
      var params = new URLSearchParams(query < 0 ? "" : path.slice(query + 1));
      if (choice) params.set("service", choice); else params.delete("service");
      var text = params.toString();
      link.setAttribute("href", (query < 0 ? path : path.slice(0, query)) + (text ? "?" + text : "") + anchor);
    });
    // Forms that lead to another page of the guide (the search box) carry it too.
    Array.prototype.forEach.call(document.querySelectorAll("form.site-search"), function (form) {
      var field = form.querySelector("input[name=service]");
      if (!choice) { if (field) field.remove(); return; }
      if (!field) { field = document.createElement("input"); field.type = "hidden"; field.name = "service"; form.appendChild(field); }
      field.value = choice;
    });
  }

  // A ready-made training pack for one service type shows only what applies to it.
  Array.prototype.forEach.call(document.querySelectorAll("[data-pack-service]"), function (section) {
    var only = section.getAttribute("data-pack-service");
    Array.prototype.forEach.call(section.querySelectorAll("[data-service]"), function (item) {
      var service = item.getAttribute("data-service");
      if (service !== allServices && service !== only) item.classList.add("outside-pack-service");
    });
  });

  function apply(choice) {
    var hidden = 0;
    Array.prototype.forEach.call(document.querySelectorAll("main [data-service]"), function (item) {
      var other = !!choice && item.getAttribute("data-service") !== allServices && item.getAttribute("data-service") !== choice;
      item.classList.toggle("other-service", other);
      if (other) hidden++;
    });
    if (choice) body.setAttribute("data-service-choice", choice); else body.removeAttribute("data-service-choice");
    var status = document.querySelector(".service-choice-status");
    if (status) {
      var select = document.getElementById("service-choice");
      var label = select && select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : "";
      status.hidden = !choice;
      status.textContent = choice ? "Showing items for " + label + (hidden ? " (" + hidden + " on this page for other types are hidden)" : "") + ". " : "";
      if (choice) {
        var reset = document.createElement("button");
        reset.type = "button";
        reset.className = "link-button";
        reset.textContent = "Show everything";
        reset.addEventListener("click", function () { choose(""); if (select) select.focus(); });
        status.appendChild(reset);
      }
    }
    carryInLinks(choice);
    document.dispatchEvent(new CustomEvent("guidegen:service", { detail: choice }));
  }

  function choose(choice) {
    var select = document.getElementById("service-choice");
    if (select) select.value = choice;
    remember(choice);
    try {
      var url = new URL(location.href);
      if (choice) url.searchParams.set("service", choice); else url.searchParams.delete("service");
      history.replaceState(history.state, "", url.toString());
    } catch (e) { /* some browsers refuse for file:// pages; the links still carry the choice */ }
    apply(choice);
  }

  var control = document.querySelector(".service-choice");
  var select = document.getElementById("service-choice");
  // A guide with one service type (or only the one that applies to all) has nothing to choose.
  if (control && select && select.options.length > 1) {
    var initial = readChoice();
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === initial; })) initial = "";
    select.value = initial;
    control.hidden = false;
    select.addEventListener("change", function () { choose(select.value); });
    if (initial) remember(initial);
    apply(initial);
  }
  window.GuideGenService = { current: function () { return select ? select.value : ""; }, allServices: allServices };

  // Print buttons (no inline handlers, so a strict Content-Security-Policy can apply).
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // ---- Glossary terms: the meaning on hover and focus ----------------------------------------------------
  // Screen readers already get the meaning as the link's description (aria-describedby); this bubble
  // shows it to sighted readers. It stays while hovered, and Escape dismisses it (WCAG 1.4.13).
  var bubble = null, bubbleFor = null, hideTimer = null;
  function showTip(link) {
    var tip = document.getElementById(link.getAttribute("aria-describedby") || "");
    if (!tip) return;
    clearTimeout(hideTimer);
    if (!bubble) {
      bubble = document.createElement("div");
      bubble.className = "glossary-bubble";
      bubble.setAttribute("aria-hidden", "true");
      bubble.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      bubble.addEventListener("mouseleave", function () { hideTip(); });
      document.body.appendChild(bubble);
    }
    bubble.textContent = tip.textContent;
    bubble.hidden = false;
    bubbleFor = link;
    var box = link.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    bubble.style.width = width + "px";
    bubble.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8)) + "px";
    bubble.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  function hideTip(now) {
    clearTimeout(hideTimer);
    var hide = function () { if (bubble) bubble.hidden = true; bubbleFor = null; };
    if (now) hide(); else hideTimer = setTimeout(hide, 250);
  }
  Array.prototype.forEach.call(document.querySelectorAll("a.glossary-term"), function (link) {
    link.addEventListener("mouseenter", function () { showTip(link); });
    link.addEventListener("mouseleave", function () { hideTip(); });
    link.addEventListener("focus", function () { showTip(link); });
    link.addEventListener("blur", function () { hideTip(true); });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && bubbleFor) hideTip(true);
  });

  // ---- The "All topics" menu ---------------------------------------------------------------------------
  var menu = document.querySelector(".contents-menu");
  if (!menu) return;
  // Escape closes the menu and returns focus to its toggle.
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
  // Following a link to a section of the current page closes the menu so the target is visible.
  menu.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) menu.open = false;
  });
})();
