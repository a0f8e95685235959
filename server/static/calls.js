// The counter's live staff calls: the server sends the office's calls, rendered, whenever a
// kiosk calls or a call is answered (server-sent events); they replace the notices above the
// page. EventSource reconnects by itself after a network break.
(function () {
  'use strict';
  var box = document.getElementById('staff-calls');
  if (!box || !window.EventSource) return;
  var source = new EventSource('/counter/calls/events');
  source.addEventListener('calls', function (event) {
    box.innerHTML = event.data;
  });
})();
