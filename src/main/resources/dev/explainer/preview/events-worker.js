// One event stream shared by every preview tab of this browser. Browsers allow only six
// connections to one host, and each stream holds one for as long as its tab is open: with a stream
// per tab, the seventh tab would never load. Tabs connect to this worker instead.
'use strict';
const ports = new Set();
let last = null;

const events = new EventSource('/_preview/events');
events.addEventListener('state', e => {
  last = e.data;
  for (const port of ports) port.postMessage({type: 'state', data: e.data});
});
events.addEventListener('error', () => {
  for (const port of ports) port.postMessage({type: 'down'});
});

self.addEventListener('connect', e => {
  const port = e.ports[0];
  ports.add(port);
  port.addEventListener('message', m => {
    if (m.data === 'bye') ports.delete(port);
  });
  port.start();
  if (last !== null) port.postMessage({type: 'state', data: last});
});
