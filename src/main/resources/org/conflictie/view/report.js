// conflict-ie HTML view: links highlights and table rows of the same event, and filters the index.
// Everything works without it (anchors, titles); it only adds convenience.
(function () {
  document.documentElement.classList.add('js');
  function sameEvent(section, keys) {
    var out = [];
    section.querySelectorAll('[data-ev]').forEach(function (el) {
      var mine = el.getAttribute('data-ev').split(' ');
      if (mine.some(function (k) { return keys.indexOf(k) >= 0; })) out.push(el);
    });
    return out;
  }
  document.querySelectorAll('section.doc').forEach(function (section) {
    section.querySelectorAll('[data-ev]').forEach(function (el) {
      el.addEventListener('mouseenter', function () {
        sameEvent(section, el.getAttribute('data-ev').split(' ')).forEach(function (o) { o.classList.add('hot'); });
      });
      el.addEventListener('mouseleave', function () {
        section.querySelectorAll('.hot').forEach(function (o) { o.classList.remove('hot'); });
      });
    });
  });
  var filter = document.getElementById('filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      document.querySelectorAll('nav.index tr[data-doc]').forEach(function (tr) {
        tr.classList.toggle('hidden', q !== '' && tr.getAttribute('data-doc').toLowerCase().indexOf(q) < 0);
      });
    });
  }
  var count = document.querySelectorAll('section.doc .article .hl').length;
  document.body.setAttribute('data-highlights', String(count));
})();
