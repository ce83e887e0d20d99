/* GuideGen training pack builder: pick topics and blocks, filter by service type, order, add a title
   and notes, preview and print; several packs are kept in this browser and can be downloaded and
   opened again as files. Classic script; the topics are listed in assets/packs-data.js, and each
   topic's blocks are in a script of its own (assets/packs/<topic>.js), added when the topic is picked
   (packs-topics.js). What a packs file must look like, and how one joins the saved packs: packs-files.js. */
(function () {
  "use strict";
  var data = window.GuideGenPacksData;
  var Packs = window.GuideGenPacks;
  var root = document.getElementById("pack-builder");
  if (!data || !root || !window.GuideGenDom || !Packs) return;

  var KEY = Packs.keyOf(data);
  var topics = Object.create(null); // no prototype: a pack naming "__proto__" or "constructor" finds nothing
  data.keyQuestions.forEach(function (kq) { kq.topics.forEach(function (t) { topics[t.id] = t; }); });

  var loaded = Packs.topicBlocks(topics);
  var blocksOf = loaded.blocksOf, failed = loaded.failed, withBlocks = loaded.withBlocks;

  var state = load();
  var pickerOpen = true;
  function load() {
    try {
      var saved = Packs.readSaved(localStorage.getItem(KEY));
      if (saved) return saved;
    } catch (e) { /* start afresh; unreadable data stays where it is */ }
    return Packs.emptyState(data);
  }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* download a copy instead */ } }
  function current() { return state.packs.filter(function (p) { return p.id === state.current; })[0] || null; }
  function newPack() {
    var pack = { id: "p" + Date.now().toString(36), title: "New training pack", notes: "", service: "", blocks: ["recommendations", "telling-signs"], topics: [] };
    state.packs.push(pack);
    state.current = pack.id;
    save();
    draw();
  }

  var el = window.GuideGenDom.el;
  function download(name, text) { window.GuideGenDom.download(name, "application/json", text); }

  var message = el("p", { className: "pack-message", role: "status" });
  var controls = el("div", { className: "pack-controls" });
  var preview = el("section", { className: "pack-preview", "aria-labelledby": "pack-preview-heading" });
  var fileInput = el("input", { type: "file", accept: ".json,application/json", className: "visually-hidden", id: "pack-import", "aria-label": "Open a saved packs file" });
  root.appendChild(el("div", { className: "save-bar" }, [
    message,
    el("div", { className: "save-actions" }, [
      el("button", { type: "button", className: "button", id: "pack-new", text: "New pack", onclick: newPack }),
      el("button", { type: "button", className: "button button-secondary", id: "pack-export", text: "Download packs", onclick: function () {
        download(data.namespace + "-training-packs.json", Packs.exportText(data, state));
      } }),
      el("button", { type: "button", className: "button button-secondary", text: "Open a packs file", onclick: function () { fileInput.click(); } }),
      fileInput
    ])
  ]));
  root.appendChild(controls);
  root.appendChild(preview);

  fileInput.addEventListener("change", function () {
    var file = fileInput.files && fileInput.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var incomingPacks = Packs.readFile(data, String(reader.result));
      if (!incomingPacks) {
        message.textContent = "That file is not a training packs file for this guide. Nothing was changed.";
      } else {
        Packs.merge(state, incomingPacks);
        if (!current() && state.packs.length) state.current = state.packs[0].id;
        save();
        message.textContent = "Opened " + file.name + ".";
      }
      fileInput.value = "";
      draw();
    };
    reader.readAsText(file);
  });

  function update(pack) { save(); drawPreview(pack); }

  function drawControls(pack) {
    controls.textContent = "";
    if (state.packs.length) {
      var chooser = el("select", { id: "pack-choose" }, state.packs.map(function (p) { return el("option", { value: p.id, selected: p.id === state.current, text: p.title }); }));
      chooser.addEventListener("change", function () { state.current = chooser.value; save(); draw(); });
      controls.appendChild(el("div", { className: "field" }, [el("label", { "for": "pack-choose", text: "Pack" }), chooser]));
    }
    if (!pack) { controls.appendChild(el("p", { text: "Start a new pack to choose topics." })); return; }

    var title = el("input", { id: "pack-title", type: "text", value: pack.title });
    title.addEventListener("input", function () { pack.title = title.value; update(pack); });
    var notes = el("textarea", { id: "pack-notes", rows: "3" });
    notes.value = pack.notes;
    notes.addEventListener("input", function () { pack.notes = notes.value; update(pack); });
    var service = el("select", { id: "pack-service" }, [el("option", { value: "", text: "All services" })].concat(data.serviceTypes.map(function (t) {
      return el("option", { value: t.code, selected: pack.service === t.code, text: t.label + " only" });
    })));
    service.addEventListener("change", function () { pack.service = service.value; update(pack); });
    controls.appendChild(el("div", { className: "assessment-fields" }, [
      el("div", { className: "field" }, [el("label", { "for": "pack-title", text: "Title" }), title]),
      el("div", { className: "field" }, [el("label", { "for": "pack-service", text: "Service type" }), service])
    ]));
    controls.appendChild(el("div", { className: "field" }, [el("label", { "for": "pack-notes", text: "Notes for the session" }), notes]));

    controls.appendChild(el("fieldset", { className: "search-filters" }, [el("legend", { text: "Parts of each topic" })].concat(data.blocks.map(function (block) {
      var box = el("input", { type: "checkbox", id: "pack-block-" + block.id, checked: pack.blocks.indexOf(block.id) >= 0 });
      box.addEventListener("change", function () {
        pack.blocks = data.blocks.map(function (b) { return b.id; }).filter(function (id) { return id === block.id ? box.checked : pack.blocks.indexOf(id) >= 0; });
        update(pack);
      });
      return el("span", { className: "answer-option" }, [box, el("label", { "for": "pack-block-" + block.id, text: block.title })]);
    }))));

    var picker = el("details", { className: "pack-picker", open: pickerOpen }, [el("summary", { text: "Choose topics (" + pack.topics.length + " chosen)" })]);
    picker.addEventListener("toggle", function () { pickerOpen = picker.open; });
    data.keyQuestions.forEach(function (kq) {
      picker.appendChild(el("fieldset", { className: "pack-topic-group" }, [el("legend", { text: kq.title })].concat(kq.topics.map(function (t) {
        var box = el("input", { type: "checkbox", id: "pack-topic-" + t.id, checked: pack.topics.indexOf(t.id) >= 0 });
        box.addEventListener("change", function () {
          if (box.checked) pack.topics.push(t.id); else pack.topics = pack.topics.filter(function (id) { return id !== t.id; });
          save();
          draw();
          var again = document.getElementById("pack-topic-" + t.id);
          if (again) again.focus();
        });
        return el("div", {}, [box, " ", el("label", { "for": "pack-topic-" + t.id, text: t.code + " " + t.title })]);
      }))));
    });
    controls.appendChild(picker);

    if (pack.topics.length) {
      controls.appendChild(el("h2", { text: "Order" }));
      controls.appendChild(el("ol", { className: "pack-order" }, pack.topics.map(function (id, index) {
        var t = topics[id];
        var move = function (delta, label) {
          return el("button", { type: "button", className: "link-button", disabled: index + delta < 0 || index + delta >= pack.topics.length, text: label,
            "aria-label": label + ": " + (t ? t.title : id), onclick: function () {
              var swap = pack.topics[index + delta];
              pack.topics[index + delta] = id;
              pack.topics[index] = swap;
              save();
              draw();
            } });
        };
        return el("li", {}, [(t ? t.code + " " + t.title : id + " (not in this edition)") + " ", move(-1, "Move up"), " ", move(1, "Move down")]);
      })));
    }
    controls.appendChild(el("p", {}, [el("button", { type: "button", className: "button", text: "Print this pack", onclick: function () {
      withBlocks(pack.topics, function () { window.print(); });
    } })]));
  }

  /** Topics share ids; in one document each id gets its topic as a prefix. */
  function prefixIds(node, prefix) {
    Array.prototype.forEach.call(node.querySelectorAll("[id]"), function (e) { e.id = prefix + "-" + e.id; });
    ["aria-labelledby", "aria-describedby"].forEach(function (name) {
      Array.prototype.forEach.call(node.querySelectorAll("[" + name + "]"), function (e) { e.setAttribute(name, prefix + "-" + e.getAttribute(name)); });
    });
    Array.prototype.forEach.call(node.querySelectorAll("a[href^='#']"), function (a) { a.setAttribute("href", "#" + prefix + "-" + a.getAttribute("href").slice(1)); });
  }

  function drawPreview(pack) {
    preview.textContent = "";
    if (!pack) return;
    var pending = pack.topics.filter(function (id) { return topics[id] && !blocksOf[id] && !failed[id]; });
    preview.setAttribute("aria-busy", pending.length ? "true" : "false");
    if (pending.length) withBlocks(pending, function () { if (current() === pack) drawPreview(pack); });
    preview.appendChild(el("h2", { id: "pack-preview-heading", className: "pack-title", text: pack.title || "Training pack" }));
    if (pack.notes) pack.notes.split(/\n{2,}/).forEach(function (p) { preview.appendChild(el("p", { className: "pack-notes", text: p })); });
    pack.topics.forEach(function (id) {
      var t = topics[id];
      if (!t) return;
      var section = el("section", { className: "pack-topic", "aria-labelledby": "preview-" + id }, [el("h2", { id: "preview-" + id }, [el("span", { className: "code", text: t.code }), " " + t.title])]);
      var body = el("div");
      var blocks = blocksOf[id];
      if (!blocks) {
        body.appendChild(el("p", { className: "empty-note", text: failed[id] ? "This topic's text could not be loaded." : "Loading…" }));
        section.appendChild(body);
        preview.appendChild(section);
        return;
      }
      // Trusted: the generator rendered these blocks from the guide's own content (raw HTML only from the allow-list).
      // Only the generator's own blocks are looked up: a block name from a file is a key, never markup.
      body.innerHTML = pack.blocks.map(function (b) { return Object.prototype.hasOwnProperty.call(blocks, b) && typeof blocks[b] === "string" ? blocks[b] : ""; }).join("\n");
      prefixIds(body, id);
      // "Recommendations" under every topic would be many landmarks of one name: blocks stay plain sections here.
      Array.prototype.forEach.call(body.querySelectorAll("section[aria-labelledby], section[aria-label]"), function (s) { s.removeAttribute("aria-labelledby"); s.removeAttribute("aria-label"); });
      Array.prototype.forEach.call(body.querySelectorAll("h2"), function (h) { var h3 = el("h3", { id: h.id }); h3.innerHTML = h.innerHTML; h.replaceWith(h3); });
      if (pack.service) Array.prototype.forEach.call(body.querySelectorAll("[data-service]"), function (item) {
        var s = item.getAttribute("data-service");
        if (s !== data.allServices && s !== pack.service) item.remove();
      });
      section.appendChild(body);
      preview.appendChild(section);
    });
    if (!pack.topics.length) preview.appendChild(el("p", { className: "empty-note", text: "Choose topics above to see the pack here." }));
  }

  function draw() {
    if (!current() && state.packs.length) state.current = state.packs[0].id;
    var pack = current();
    drawControls(pack);
    drawPreview(pack);
  }
  draw();
})();
