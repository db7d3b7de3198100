# Varnish in front of the load balancer: reader pages cached at the edge under the app's
# own cache tags (the `xkey` header of each cached page), purged by the app on every
# invalidation (PURGE with `xkey-purge`, lib/edge-purge.mjs). Only what the app itself
# cached by tag is stored here; admin, API, server actions, RSC and prefetch requests and
# anyone signed in pass straight through. npm run cluster writes the backend's port.
vcl 4.1;

import xkey;
import std;

backend balancer {
  .host = "127.0.0.1";
  .port = "3300";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
  }
}

# Who may purge: the instances (same machine here; list their addresses in production).
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api|_next/data)(/|\?|$)") {
    return (pass);
  }
  # What makes Next answer something other than the page's HTML.
  if (req.http.rsc || req.http.next-router-prefetch || req.http.next-router-state-tree || req.http.next-router-segment-prefetch || req.http.next-action || req.http.next-url) {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token" || req.http.Cookie ~ "__prerender_bypass") {
    return (pass);
  }
  # Reader pages never read cookies (the visitor cookie is for the view-count and vote
  # actions, which are POSTs and pass): one copy for everyone.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # Only pages the app cached by tag can be purged exactly: everything else is not kept.
  if (!beresp.http.xkey || beresp.http.Set-Cookie || beresp.status >= 500) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  # No grace: a purged or expired page is never served stale.
  set beresp.grace = 0s;
  return (deliver);
}

sub vcl_deliver {
  # The tags are for purging, not for browsers.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.x-edge-cache = "HIT";
  } else {
    set resp.http.x-edge-cache = "MISS";
  }
}
