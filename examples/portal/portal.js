// An example host page: embeds the help center's wizard and logs every event it sends.
// The help center's origin and the mount options come from this page's query, e.g.
// ?helpCenter=http://127.0.0.1:4173&locale=zh-cn&page=wizard&cloud=germany&theme=dark
/* global window, document, location, performance, URLSearchParams, HelpCenter */
(function () {
  var query = new URLSearchParams(location.search);
  var helpCenter = query.get('helpCenter') || 'http://127.0.0.1:4173';
  var options = { page: query.get('page') || 'wizard' };
  ['locale', 'cloud', 'role', 'sentence', 'theme', 'article'].forEach(function (name) {
    if (query.has(name)) options[name] = query.get(name);
  });
  if (query.has('topic') || query.has('relationship')) {
    options.answers = {
      topic: query.get('topic') || undefined,
      relationship: query.get('relationship') || undefined,
    };
  }
  var events = (window.helpCenterEvents = []);
  var log = document.getElementById('log');
  var script = document.createElement('script');
  script.src = helpCenter + '/embed.js';
  script.onload = function () {
    window.mountedAt = performance.now();
    var handle = (window.helpCenter = HelpCenter.mount(document.getElementById('help'), options));
    ['ready', 'resize', 'navigate', 'locale', 'outcome', 'error', 'debug'].forEach(function (type) {
      handle.on(type, function (payload) {
        events.push({ type: type, payload: payload, at: performance.now() });
        var item = document.createElement('li');
        item.textContent = type + ' ' + JSON.stringify(payload);
        log.appendChild(item);
      });
    });
  };
  document.head.appendChild(script);
})();
