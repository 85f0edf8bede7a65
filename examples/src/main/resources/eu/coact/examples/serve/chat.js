// The chat page: shows the study's messages as they arrive (server-sent events, else polling) and
// sends button presses and typed text. It stores nothing in the browser: the session cookie,
// which scripts cannot read, is all there is.
(function () {
  'use strict';
  var WORDS = {
    en: { title: 'Study chat', label: 'Your message', send: 'Send', join: 'Please open the invitation link the study team gave you.', offline: 'Connection lost; trying again…' },
    es: { title: 'Chat del estudio', label: 'Tu mensaje', send: 'Enviar', join: 'Abre el enlace de invitación que te dio el equipo del estudio.', offline: 'Sin conexión; reintentando…' },
    ca: { title: "Xat de l'estudi", label: 'El teu missatge', send: 'Envia', join: "Obre l'enllaç d'invitació que t'ha donat l'equip de l'estudi.", offline: 'Sense connexió; es torna a provar…' },
    de: { title: 'Studien-Chat', label: 'Deine Nachricht', send: 'Senden', join: 'Bitte öffne den Einladungslink des Studienteams.', offline: 'Verbindung verloren; neuer Versuch…' },
    it: { title: "Chat dello studio", label: 'Il tuo messaggio', send: 'Invia', join: "Apri il link d'invito che ti ha dato il gruppo di studio.", offline: 'Connessione persa; nuovo tentativo…' }
  };
  var log = document.getElementById('log');
  var status = document.getElementById('status');
  var last = 0;
  var polling = null;
  var language = 'en';

  function words() { return WORDS[language] || WORDS.en; }

  function applyLanguage(tag) {
    if (!tag || tag === language) { return; }
    language = tag;
    document.documentElement.lang = tag;
    document.getElementById('title').textContent = words().title;
    document.title = words().title;
    document.getElementById('text-label').textContent = words().label;
    document.getElementById('send').textContent = words().send;
  }

  function post(path, name, value) {
    var body = new URLSearchParams();
    body.set(name, value);
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'X-CoAct-Chat': '1' }, body: body });
  }

  function mine(text) {
    var item = document.createElement('li');
    item.className = 'mine';
    item.textContent = text;
    log.appendChild(item);
  }

  function show(message) {
    if (message.seq <= last) { return; }
    last = message.seq;
    var item = document.createElement('li');
    item.setAttribute('data-seq', String(message.seq));
    if (message.kind === 'image') {
      var image = document.createElement('img');
      image.src = message.file;
      image.alt = message.alt || '';
      item.appendChild(image);
    } else if (message.kind === 'document') {
      var link = document.createElement('a');
      link.href = message.file;
      link.textContent = message.file.split('/').pop();
      item.appendChild(link);
      item.appendChild(document.createElement('br'));
    }
    var text = document.createElement('div');
    // Safe: the server escaped the text and added only <strong>, <em>, links and <br>.
    text.innerHTML = message.html;
    item.appendChild(text);
    if (message.buttons && message.buttons.length) {
      var choices = document.createElement('div');
      choices.className = 'choices';
      message.buttons.forEach(function (b) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = b.label;
        button.addEventListener('click', function () {
          choices.querySelectorAll('button').forEach(function (other) { other.disabled = true; });
          button.setAttribute('aria-pressed', 'true');
          mine(b.label);
          post('/chat/press', 'value', b.value);
        });
        choices.appendChild(button);
      });
      item.appendChild(choices);
    }
    log.appendChild(item);
    if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      item.scrollIntoView({ block: 'end', behavior: 'smooth' });
    } else {
      item.scrollIntoView({ block: 'end' });
    }
  }

  function fetchNew() {
    return fetch('/chat/messages?after=' + last, { credentials: 'same-origin' }).then(function (response) {
      if (response.status === 401) {
        status.textContent = words().join;
        return null;
      }
      return response.json();
    }).then(function (body) {
      if (!body) { return false; }
      applyLanguage(body.language);
      status.textContent = '';
      body.messages.forEach(show);
      return true;
    });
  }

  function poll() {
    if (polling) { return; }
    polling = setInterval(function () { fetchNew().catch(function () { status.textContent = words().offline; }); }, 3000);
  }

  function listen() {
    if (typeof EventSource === 'undefined') { poll(); return; }
    var events = new EventSource('/chat/events?after=' + last);
    var opened = false;
    events.addEventListener('open', function () { opened = true; status.textContent = ''; });
    events.addEventListener('message', function (e) { show(JSON.parse(e.data)); });
    events.addEventListener('gone', function () { events.close(); status.textContent = words().join; });
    events.addEventListener('error', function () {
      // A proxy that does not pass event streams: fall back to asking every few seconds.
      if (!opened) { events.close(); poll(); }
    });
  }

  document.getElementById('say').addEventListener('submit', function (e) {
    e.preventDefault();
    var input = document.getElementById('text');
    var text = input.value.trim();
    if (!text) { return; }
    mine(text);
    input.value = '';
    post('/chat/say', 'text', text).then(function () { if (polling) { fetchNew(); } });
  });

  fetchNew().then(function (joined) { if (joined) { listen(); } })
    .catch(function () { status.textContent = words().offline; poll(); });
})();
