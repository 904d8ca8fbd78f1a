/*
 * The Digital Corner's tally page. A tap is stored on the device at once (localStorage, one queue
 * per event and user) with an id made here (crypto.randomUUID), and then sent to the API. The API
 * stores a tap id once, so a tap may be sent again as often as needed: after a lost answer, when
 * the network returns ('online' event), or by the periodic retry. Counts shown are the event's
 * totals from the server plus what this device has not sent yet.
 */
(function () {
  'use strict';
  var root = document.getElementById('tally');
  if (!root) {
    return;
  }
  var RETRY_MS = 5000;
  var UNDO_MS = 60000;
  var endpoint = root.dataset.endpoint;
  var storeKey = 'eobuka.tally.' + root.dataset.event + '.' + root.dataset.user;
  var state = load();
  var totals = {};
  var sentSinceTotals = [];
  var sending = false;
  var pendingOther = false;

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey));
      if (saved && Array.isArray(saved.queue)) {
        return { queue: saved.queue, last: saved.last || null };
      }
    } catch (e) {
      // an unreadable store starts afresh
    }
    return { queue: [], last: null };
  }

  function save() {
    localStorage.setItem(storeKey, JSON.stringify(state));
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    return 't' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function message(text) {
    document.getElementById('tally-message').textContent = text || '';
  }

  function render() {
    var counts = {};
    Object.keys(totals).forEach(function (s) { counts[s] = totals[s]; });
    state.queue.concat(sentSinceTotals).forEach(function (tap) {
      counts[tap.service] = (counts[tap.service] || 0) + 1;
    });
    var total = 0;
    root.querySelectorAll('.tally-button').forEach(function (button) {
      var service = button.dataset.service;
      var count = counts[service] || 0;
      total += count;
      document.getElementById('tally-count-' + service).textContent = String(count);
    });
    document.getElementById('tally-total').textContent = String(total);
    document.getElementById('tally-pending').textContent = String(state.queue.length);
    document.getElementById('tally-connection').textContent = navigator.onLine ? root.dataset.msgOnline : root.dataset.msgOffline;
    root.classList.toggle('tally-offline', !navigator.onLine);
    document.getElementById('tally-undo').disabled = !undoable();
  }

  function undoable() {
    return state.last !== null && Date.now() - state.last.at < UNDO_MS;
  }

  function request(method, url, body) {
    var options = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Accept-Language': root.dataset.lang }
    };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options);
  }

  function refreshTotals() {
    var sent = sentSinceTotals.length;
    return request('GET', endpoint).then(function (response) {
      if (!response.ok) {
        return;
      }
      return response.json().then(function (body) {
        totals = body.byService || {};
        // taps sent before this answer are in it
        sentSinceTotals = sentSinceTotals.slice(sent);
        render();
      });
    }).catch(function () { /* offline: the last totals stay */ });
  }

  /** Sends the queue in order; stops at the first tap the network or the server cannot take now. */
  function flush() {
    if (sending || state.queue.length === 0) {
      return Promise.resolve();
    }
    sending = true;
    var tap = state.queue[0];
    return request('POST', endpoint, {
      service: tap.service, clientTapId: tap.id, ageBand: tap.ageBand || null,
      deviceHelp: tap.deviceHelp, note: tap.note || null, tappedAt: new Date(tap.at).toISOString()
    }).then(function (response) {
      if (response.ok) {
        state.queue.shift();
        sentSinceTotals.push(tap);
        save();
        return true;
      }
      if (response.status === 401 || response.status === 403) {
        message(root.dataset.msgSignedOut);
        return false;
      }
      if (response.status >= 400 && response.status < 500 && response.status !== 409 && response.status !== 429) {
        // refused for good (e.g. an event no longer open): keeping it would block every later tap
        state.queue.shift();
        save();
        message(root.dataset.msgRefused);
        return true;
      }
      return false;
    }).catch(function () {
      return false;
    }).then(function (goOn) {
      sending = false;
      render();
      if (goOn && state.queue.length > 0) {
        return flush();
      }
      if (goOn) {
        return refreshTotals();
      }
    });
  }

  function record(service, note) {
    var age = root.querySelector('input[name="tally-age"]:checked');
    var tap = {
      id: newId(), service: service, note: note || null, at: Date.now(),
      ageBand: age && age.value ? age.value : null,
      deviceHelp: document.getElementById('tally-device').checked
    };
    state.queue.push(tap);
    state.last = { id: tap.id, at: tap.at, service: service };
    save();
    resetOptions();
    render();
    message(root.dataset.msgCounted);
    flush();
  }

  function resetOptions() {
    document.getElementById('tally-age-none').checked = true;
    document.getElementById('tally-device').checked = false;
  }

  function undo() {
    if (!undoable()) {
      return;
    }
    var last = state.last;
    var queued = state.queue.findIndex(function (tap) { return tap.id === last.id; });
    if (queued >= 0 && !(sending && queued === 0)) {
      state.queue.splice(queued, 1);
      state.last = null;
      save();
      render();
      message(root.dataset.msgUndone);
      return;
    }
    request('DELETE', endpoint + '/' + encodeURIComponent(last.id)).then(function (response) {
      if (response.ok) {
        state.last = null;
        save();
        message(root.dataset.msgUndone);
        return refreshTotals();
      }
      message(response.status === 409 ? root.dataset.msgUndoLate : root.dataset.msgRefused);
    }).catch(function () {
      message(root.dataset.msgUndoOffline);
    }).then(render);
  }

  function showNote(show) {
    var box = document.getElementById('tally-note-box');
    pendingOther = show;
    box.hidden = !show;
    if (show) {
      document.getElementById('tally-note').focus();
    }
  }

  root.querySelectorAll('.tally-button').forEach(function (button) {
    button.addEventListener('click', function () {
      if (button.dataset.service === 'OTHER') {
        showNote(true);
        return;
      }
      record(button.dataset.service, null);
    });
  });
  document.getElementById('tally-note-save').addEventListener('click', function () {
    var note = document.getElementById('tally-note').value.trim();
    if (!pendingOther) {
      return;
    }
    if (!note) {
      message(root.dataset.msgNoteRequired);
      return;
    }
    document.getElementById('tally-note').value = '';
    showNote(false);
    record('OTHER', note);
  });
  document.getElementById('tally-note-cancel').addEventListener('click', function () { showNote(false); });
  document.getElementById('tally-undo').addEventListener('click', undo);
  window.addEventListener('online', function () { render(); flush(); });
  window.addEventListener('offline', render);
  window.setInterval(function () { flush(); render(); }, RETRY_MS);

  render();
  refreshTotals().then(flush);
})();
