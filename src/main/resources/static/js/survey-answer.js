// Answering page of a survey: shows a conditional question only when its « afficher si » holds (the server decides
// anyway, dropping answers to questions not asked), and saves the draft on the server after each change so that a
// reload or a lost connection loses nothing. Without this script the page still works: every question is shown.
(function () {
  var form = document.getElementById('questionnaire');
  if (!form) return;
  var status = document.getElementById('etat-brouillon');

  function chosen(name) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name === name && ((e.type !== 'radio' && e.type !== 'checkbox') || e.checked);
    }).map(function (e) { return e.value; });
  }

  function applyConditions() {
    form.querySelectorAll('[data-conditions]').forEach(function (question) {
      var shown = question.getAttribute('data-conditions').split(';').every(function (c) {
        var parts = c.split('=');
        return chosen(parts[0]).indexOf(parts[1]) >= 0;
      });
      question.hidden = !shown;
    });
  }

  var timer = null;
  function saveDraft() {
    clearTimeout(timer);
    if (!form.getAttribute('data-brouillon')) return; // editing a sent answer: no draft
    timer = setTimeout(function () {
      fetch(form.getAttribute('data-brouillon'), {method: 'POST', body: new FormData(form), credentials: 'same-origin'})
        .then(function (r) {
          if (!r.ok) throw new Error(r.status);
          var now = new Date();
          status.textContent = 'Brouillon enregistré à ' + now.getHours() + ' h ' + String(now.getMinutes()).padStart(2, '0') + '.';
        })
        .catch(function () {
          status.textContent = 'Brouillon non enregistré (connexion perdue ?) : vos réponses restent sur cette page.';
        });
    }, 400);
  }

  form.addEventListener('change', function () { applyConditions(); saveDraft(); });
  form.addEventListener('input', function (e) { if (e.target.type === 'text' || e.target.tagName === 'TEXTAREA') saveDraft(); });
  var sent = false;
  form.addEventListener('submit', function (e) {
    clearTimeout(timer);
    if (sent) { e.preventDefault(); return; }
    sent = true;
  });
  applyConditions();
})();
