// The report's only script: the record panel, the filter, and stepping through highlights.
// It reads records as data (JSON in <script type="application/json">) and writes them with
// textContent, never as HTML.
(function () {
  "use strict";
  var root = document.documentElement;
  var fields = JSON.parse(document.getElementById("fields").textContent);
  var textual = JSON.parse(document.getElementById("textual").textContent); // per field: is it text?
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.rec"));
  var form = document.getElementById("filters");
  var detail = document.getElementById("detail");
  var status = document.getElementById("status");
  var parsed = new Map(); // a document's records, parsed when one of them is first shown
  var shown = marks;
  var current = null;

  // a record's fields by name; text comes as an index into its document's strings
  function recordOf(mark) {
    var section = mark.closest("section.doc");
    var data = parsed.get(section);
    if (!data) {
      data = JSON.parse(section.querySelector("script.details").textContent);
      parsed.set(section, data);
    }
    var row = data.rows[Number(mark.id.slice(1)) - Number(section.dataset.first)];
    var record = {};
    fields.forEach(function (name, i) {
      var value = row[i];
      if (Array.isArray(value)) value = value.map(function (s) { return data.strings[s]; });
      else if (typeof value === "number" && textual[i]) value = data.strings[value];
      record[name] = value;
    });
    return record;
  }

  function text(value) {
    if (value === null || value === undefined || value === "") return "–";
    if (Array.isArray(value)) return value.length ? value.join(", ") : "–";
    if (value === true) return "yes";
    if (value === false) return "no";
    return String(value);
  }

  function add(parent, tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (className) node.className = className;
    parent.appendChild(node);
    return node;
  }

  function show(mark) {
    var record = recordOf(mark);
    detail.textContent = "";
    add(detail, "h3", record.kind + " " + text(record.text), "");
    var where = mark.dataset.doc + ", line " + record.line + ", column " + record.column;
    if (record.page) where += ", page " + record.page;
    add(detail, "p", where, "hint");
    var list = add(detail, "dl");
    fields.forEach(function (name) {
      add(list, "dt", name);
      var cell = add(list, "dd");
      if (name === "rules" && record.rules.length) {
        var rules = add(cell, "ul");
        record.rules.forEach(function (rule) { add(rules, "li", rule); });
      } else {
        cell.textContent = text(record[name]);
      }
    });
  }

  function matches(mark, wanted) {
    var d = mark.dataset;
    return (!wanted.kind || d.kind === wanted.kind) &&
      (!wanted.area || d.area === wanted.area) &&
      (!wanted.year || d.year === wanted.year) &&
      (!wanted.level || d.levels.split(" ").indexOf(wanted.level) >= 0);
  }

  function tell() {
    var at = current ? shown.indexOf(current) : -1;
    var place = at >= 0 ? (at + 1) + " of " : "";
    status.textContent = place + shown.length + (shown.length === marks.length ? "" : " shown of " + marks.length) +
      " highlight" + (marks.length === 1 ? "" : "s");
  }

  function apply() {
    var wanted = { kind: form.kind.value, area: form.area.value, year: form.year.value, level: form.level.value };
    shown = [];
    marks.forEach(function (mark) {
      var keep = matches(mark, wanted);
      mark.classList.toggle("off", !keep);
      if (keep) shown.push(mark);
    });
    tell();
  }

  function select(mark, scroll) {
    if (current) current.classList.remove("current");
    current = mark;
    mark.classList.add("current");
    show(mark);
    if (scroll) mark.scrollIntoView({ block: "center" });
    history.replaceState(null, "", "#" + mark.id);
    tell();
  }

  function step(delta) {
    if (!shown.length) return;
    var at = current ? shown.indexOf(current) : -1;
    var next = at < 0 ? (delta > 0 ? 0 : shown.length - 1) : (at + delta + shown.length) % shown.length;
    select(shown[next], true);
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.rec");
    if (mark) {
      select(mark, false);
      return;
    }
    var link = event.target.closest("a.filter");
    if (link) {
      event.preventDefault();
      form.kind.value = link.dataset.fKind || "";
      form.area.value = link.dataset.fArea || "";
      form.year.value = link.dataset.fYear || "";
      form.level.value = "";
      apply();
      if (shown.length) select(shown[0], true);
    }
  });
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest && event.target.closest("mark.rec");
    if (mark) show(mark);
  });
  document.addEventListener("mouseout", function (event) {
    if (current && event.target.closest && event.target.closest("mark.rec")) show(current);
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest("select, input, textarea") || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "n" || event.key === "j") step(1);
    if (event.key === "p" || event.key === "k") step(-1);
  });
  form.addEventListener("change", apply);
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("previous").addEventListener("click", function () { step(-1); });

  apply();
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && target.matches("mark.rec")) select(target, true);
  else if (marks.length) show(marks[0]); // a preview until a highlight is picked; nothing scrolls
  root.dataset.ready = String(marks.length); // the script ran: what a test in a browser waits for
})();
