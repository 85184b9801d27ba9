(function () {
  'use strict';

  // Sort key of a cell: data-value as a number for numeric columns (null when empty), else text.
  function key(cell, numeric) {
    if (!numeric) {
      return cell.textContent.trim();
    }
    var raw = cell.getAttribute('data-value');
    return raw === null || raw === '' ? null : Number(raw);
  }

  // Sorts the body rows by one column; a second click on the same header reverses the order.
  // Missing values stay last in both directions; equal keys keep their order (stable sort).
  function sortBy(table, header, column) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(header.parentNode.cells, function (th) {
      th.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var numeric = header.getAttribute('data-type') === 'number';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[column], numeric);
      var y = key(b.cells[column], numeric);
      if (x === null || y === null) {
        return (x === null) - (y === null);
      }
      var order = numeric ? x - y : x.localeCompare(y, undefined, {numeric: true});
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.tabIndex = 0;
      header.title = 'Sort by ' + header.textContent.trim();
      header.addEventListener('click', function () { sortBy(table, header, column); });
      header.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sortBy(table, header, column);
        }
      });
    });
  });

  // A legend entry mutes (or shows again) its policy in every chart of the same board (in its
  // own figure outside the boards).
  document.querySelectorAll('.legend-item').forEach(function (item) {
    item.addEventListener('click', function () {
      var muted = !item.classList.contains('muted');
      var selector = '[data-series="' + item.getAttribute('data-series') + '"]';
      var scope = item.closest('.board') || item.closest('svg');
      scope.querySelectorAll(selector).forEach(function (element) {
        element.classList.toggle('muted', muted);
      });
    });
  });

  // The SVG of a figure as a standalone file: the element itself (namespace and presentation
  // attributes included), without the page's mute state.
  function standalone(svg) {
    var copy = svg.cloneNode(true);
    copy.querySelectorAll('.muted').forEach(function (e) { e.classList.remove('muted'); });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }
  window.recbenchStandaloneSvg = standalone;

  document.querySelectorAll('figure .download').forEach(function (button) {
    button.addEventListener('click', function () {
      var svg = button.closest('figure').querySelector('svg');
      var blob = new Blob([standalone(svg)], {type: 'image/svg+xml'});
      var link = document.createElement('a');
      link.href = URL.createObjectURL.call(URL, blob);
      link.download = button.getAttribute('data-file');
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL.call(URL, link.href); }, 1000);
    });
  });
})();
