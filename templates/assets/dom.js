/* Small DOM helpers shared by the self-assessment and the training pack builder. Text is only ever
   set with textContent, so nothing typed or imported becomes markup. Classic script. */
(function () {
  "use strict";

  /** Makes an element: attributes ("text" sets textContent, "onclick" etc. add listeners) and children. */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name.slice(0, 2) === "on") node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** Saves text as a file the reader downloads (works from file://, unlike anything that needs a server). */
  function download(name, type, text) {
    var link = el("a", { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  window.GuideGenDom = { el: el, download: download };
})();
