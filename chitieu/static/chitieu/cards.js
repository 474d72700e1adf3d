// On a phone a data table that does not fit its frame becomes a list of cards (site.css, `table.cards`): each
// cell shows its column's heading beside its value. Tables that fit stay tables. Run on load, after an htmx swap
// and when the window changes width. Without this script a wide table still reads, scrolling inside its frame.
(function () {
  function headings(table) {
    var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    var names = [];
    if (!row) return names;
    for (var i = 0; i < row.cells.length; i++) {
      for (var span = 0; span < (row.cells[i].colSpan || 1); span++) names.push(row.cells[i].textContent.trim());
    }
    return names;
  }

  // The cell's content in one box, so that the heading (drawn from data-label by site.css) and the value each
  // wrap in their own column of the card.
  function label(cell, name) {
    if (cell.dataset.label === name) return;
    cell.dataset.label = name;
    var value = document.createElement("div");
    value.className = "cell-value";
    while (cell.firstChild) value.appendChild(cell.firstChild);
    cell.appendChild(value);
  }

  function prepare(table) {
    var names = headings(table);
    for (var b = 0; b < table.tBodies.length; b++) {
      var rows = table.tBodies[b].rows;
      for (var r = 0; r < rows.length; r++) {
        var column = 0;
        for (var c = 0; c < rows[r].cells.length; c++) {
          var cell = rows[r].cells[c];
          var span = cell.colSpan || 1;
          if (span === 1 && names[column]) label(cell, names[column]);
          var empty = !cell.textContent.trim() &&
            !cell.querySelector("input, select, textarea, img, svg");
          cell.toggleAttribute("data-empty", empty);
          column += span;
        }
      }
    }
  }

  function layout() {
    var tables = document.querySelectorAll("table.data:not(.matrix)");
    for (var t = 0; t < tables.length; t++) {
      var table = tables[t];
      prepare(table);
      table.classList.remove("cards");
      var frame = table.parentElement;
      if (table.scrollWidth > frame.clientWidth + 1) table.classList.add("cards");
    }
  }

  var pending;
  document.addEventListener("DOMContentLoaded", layout);
  document.addEventListener("htmx:afterSettle", layout);
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(layout, 100);
  });
})();
