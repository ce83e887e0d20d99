/* GuideGen self-assessment charts: inline SVG drawn with DOM methods (no library, no network), in
   the page's own colours so they follow dark mode and print in black on white. Each chart is a
   picture of a table the page also shows, so it is hidden from screen readers (aria-hidden) and the
   table is what they read. Bands are drawn behind the bars with their names, never colour alone. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attributes, children) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { if (attributes[name] !== null && attributes[name] !== undefined) node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) { if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child); });
    return node;
  }

  function text(x, y, content, attributes) {
    var a = attributes || {};
    a.x = x; a.y = y;
    return svg("text", a, [content]);
  }

  /** Text on as many lines as it needs within a column, so a long KLOE title or rating is never cut by
      the edge of the picture. Lines break at spaces; `perLine` is a character budget that holds for the
      widest of the usual sans-serif fonts at the chart's size. */
  function wrap(content, perLine) {
    var lines = [], line = "";
    String(content).split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > perLine) { lines.push(line); line = word; }
      else line = line ? line + " " + word : word;
    });
    if (line) lines.push(line);
    return lines;
  }

  function lines(x, y, contentLines, attributes) {
    var node = svg("text", attributes);
    contentLines.forEach(function (content, i) { node.appendChild(svg("tspan", { x: x, y: y + i * LINE }, [content])); });
    return node;
  }

  var LABEL_WIDTH = 250, PLOT_WIDTH = 400, VALUE_WIDTH = 250, ROW = 30, LINE = 16, TOP = 48;
  var CHARS = 30; // characters that fit in LABEL_WIDTH or VALUE_WIDTH at 13px

  /** The band zones behind the bars: one rectangle and name per band, from its `from` to the next. */
  function bandZones(bands, height, ratingLabel) {
    var group = svg("g", { "class": "chart-bands" });
    bands.forEach(function (b, i) {
      var from = Math.max(0, b.from), to = i + 1 < bands.length ? bands[i + 1].from : 100;
      var x = LABEL_WIDTH + PLOT_WIDTH * from / 100, width = PLOT_WIDTH * (to - from) / 100;
      group.appendChild(svg("rect", { x: x, y: TOP - 6, width: width, height: height - TOP + 6, "class": "chart-band chart-band-" + i % 2 + " band-" + b.rating }));
      // Names alternate between two lines so that narrow bands never overlap their neighbours.
      group.appendChild(text(x + 3, i % 2 ? TOP - 10 : TOP - 26, ratingLabel(b.rating) + " from " + from + "%", { "class": "chart-band-label" }));
    });
    return group;
  }

  /**
   * Horizontal bars. rows: [{ label, value (0–100 or null), note (shown after the bar) }];
   * bands: [{ rating, from }] lowest first. A row is as tall as its longest wrapped text.
   */
  function bars(title, rows, bands, ratingLabel) {
    var laid = rows.map(function (row) {
      var rated = row.value !== null && row.value !== undefined;
      var label = wrap(row.label, CHARS);
      var value = rated ? wrap(row.value + "%" + (row.note ? " " + row.note : ""), CHARS) : wrap(row.note || "Not rated", Math.floor(CHARS * PLOT_WIDTH / VALUE_WIDTH));
      return { row: row, rated: rated, label: label, value: value, height: ROW + (Math.max(label.length, value.length) - 1) * LINE };
    });
    var height = TOP + laid.reduce(function (sum, r) { return sum + r.height; }, 0) + 8;
    var chart = svg("svg", { "class": "chart", viewBox: "0 0 " + (LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH) + " " + height, role: "img", "aria-hidden": "true", focusable: "false" });
    chart.appendChild(bandZones(bands, height, ratingLabel));
    var y = TOP;
    laid.forEach(function (r) {
      chart.appendChild(lines(LABEL_WIDTH - 8, y + 18, r.label, { "class": "chart-label", "text-anchor": "end" }));
      if (!r.rated) chart.appendChild(lines(LABEL_WIDTH + 6, y + 18, r.value, { "class": "chart-value chart-none" }));
      else {
        var width = Math.max(2, PLOT_WIDTH * r.row.value / 100);
        chart.appendChild(svg("rect", { x: LABEL_WIDTH, y: y + 5, width: width, height: ROW - 10, "class": "chart-bar" + (r.row.limited ? " chart-bar-limited" : "") }));
        chart.appendChild(lines(LABEL_WIDTH + PLOT_WIDTH + 8, y + 18, r.value, { "class": "chart-value" }));
      }
      y += r.height;
    });
    chart.appendChild(svg("line", { x1: LABEL_WIDTH, x2: LABEL_WIDTH, y1: TOP - 6, y2: height, "class": "chart-axis" }));
    return figure(title, chart);
  }

  /**
   * Several assessments over time: for each group (key question) one bar per assessment, in date
   * order, each labelled with its assessment's short name so nothing relies on colour.
   * groups: [{ label, values: [{ series, value or null }] }]
   */
  function overTime(title, groups, bands, ratingLabel) {
    var perGroup = groups.length ? groups[0].values.length : 0;
    var rowHeight = 22, groupGap = 14;
    var height = TOP + groups.length * (perGroup * rowHeight + groupGap) + 4;
    var chart = svg("svg", { "class": "chart chart-over-time", viewBox: "0 0 " + (LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH) + " " + height, role: "img", "aria-hidden": "true", focusable: "false" });
    chart.appendChild(bandZones(bands, height, ratingLabel));
    var y = TOP;
    groups.forEach(function (group) {
      chart.appendChild(text(8, y + 15, group.label, { "class": "chart-label chart-group-label" }));
      group.values.forEach(function (v, i) {
        var rowY = y + i * rowHeight;
        chart.appendChild(text(LABEL_WIDTH - 8, rowY + 15, v.series, { "class": "chart-series", "text-anchor": "end" }));
        if (v.value === null || v.value === undefined) {
          chart.appendChild(text(LABEL_WIDTH + 6, rowY + 15, "Not rated", { "class": "chart-value chart-none" }));
          return;
        }
        chart.appendChild(svg("rect", { x: LABEL_WIDTH, y: rowY + 3, width: Math.max(2, PLOT_WIDTH * v.value / 100), height: rowHeight - 6, "class": "chart-bar chart-series-" + i % 4 }));
        chart.appendChild(text(LABEL_WIDTH + PLOT_WIDTH + 8, rowY + 15, v.value + "%" + (v.note ? " " + v.note : ""), { "class": "chart-value" }));
      });
      y += perGroup * rowHeight + groupGap;
      chart.appendChild(svg("line", { x1: 8, x2: LABEL_WIDTH + PLOT_WIDTH, y1: y - groupGap / 2, y2: y - groupGap / 2, "class": "chart-rule" }));
    });
    return figure(title, chart);
  }

  function figure(title, chart) {
    var node = document.createElement("figure");
    node.className = "chart-figure";
    var caption = document.createElement("figcaption");
    caption.textContent = title + " (the table below gives the same figures)";
    node.appendChild(caption);
    node.appendChild(chart);
    return node;
  }

  window.GuideGenCharts = { bars: bars, overTime: overTime };
})();
