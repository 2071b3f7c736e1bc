"""Issue 8's bad-input drill, run by fuzz.sh against a running server: every operation of the server's OpenAPI
document gets malformed JSON, wrong types, missing and unknown fields, huge bodies, unicode/emoji/NUL, SQL and
HTML injection strings in every string field, path and query parameter, absurd numbers, and user A's ids in the
hands of user B. Verdict: no 5xx, no request without an answer, nothing of A's in any answer to B or to an
anonymous caller, and A's data unchanged afterwards. Python 3 standard library only (the YAML document is read
with PyYAML when present, else converted by yq). Usage: python3 fuzz.py BASE_URL ADMIN_USER ADMIN_PASSWORD
Prints figures and, last, a line "RESULT: PASS|FAIL <summary>" that fuzz.sh turns into the verdict.
"""
import http.client
import json
import random
import subprocess
import sys
import time
import urllib.parse
import uuid

BASE = urllib.parse.urlsplit(sys.argv[1])
ADMIN_USER, ADMIN_PASSWORD = sys.argv[2], sys.argv[3]
HUGE = 5 * 1024 * 1024
SLOW = 10.0  # seconds: an answer slower than this counts as a hang (pg_sleep injections would show here)
random.seed(8)  # the same requests on every run

STRINGS = [
    "", " ", "' OR '1'='1", "'; DROP TABLE users; --", "1) OR pg_sleep(12) IS NULL --", '" OR ""="',
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "😀🎉👩‍👩‍👧‍👦", "\u0000", "a\u0000b", "\ud800",
    "\u202eevil", "ＡＢＣ", "%00", "%s%n%x", "../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}",
    "\r\nX-Injected: 1", "null", "Ω" * 300, "a" * 10001, "2030-13-45T99:99:99Z", "-1", "9" * 40,
]
NUMBERS = [0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 63, 10 ** 30, 1e308, -1e308, 0.5, -0.0]
WRONG = [123, "text", True, None, [], {}, [1, "x"], {"a": {"b": None}}]
MALFORMED = [b"{", b'{"a":', b"not json", b"[1,2", b'{"x": tru}', b"\x00\xff\xfe", b"null", b"[]", b'"text"',
             b"123", b"[" * 5000 + b"]" * 5000, b'{"a":1,"a":2}', b"{" + b'"k":' * 2000 + b"1" + b"}" * 2000,
             "{\"x\": \"\u00e9\"}".encode("latin-1")]
PATH_JUNK = ["not-a-uuid", "' OR 1=1--", "%00", "😀", "-1", "9" * 40, "a" * 3000, "..%2F..%2Fetc", "<b>x</b>",
             "00000000-0000-0000-0000-000000000000"]


class Fuzzer:
    def __init__(self):
        self.sent = 0
        self.statuses = {}
        self.server_errors = []
        self.hangs = []
        self.leaks = []
        self.secrets = {}
        self.conn = None

    # ---- HTTP ----
    def request(self, method, path, body=None, token=None, content_type="application/json", headers=None,
                watch=False):
        """Sends one request; returns (status, body text). watch: an answer to B or to nobody, checked for A's data."""
        all_headers = {"Accept": "application/json"}
        if body is not None:
            all_headers["Content-Type"] = content_type
        if token:
            all_headers["Authorization"] = "Bearer " + token
        all_headers.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8", "surrogatepass")
        began = time.monotonic()
        status, text, head = 0, "", ""
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=60)
                self.conn.request(method, path, body=body, headers=all_headers)
                response = self.conn.getresponse()
                raw = response.read()
                status, text = response.status, raw.decode("utf-8", "replace")
                head = "\n".join(f"{k}: {v}" for k, v in response.getheaders())
                if response.will_close:
                    self.conn.close()
                    self.conn = None
                break
            except (http.client.HTTPException, OSError) as failure:
                self.conn = None
                if attempt == 2:
                    status, text = 0, repr(failure)
        took = time.monotonic() - began
        self.sent += 1
        self.statuses[status] = self.statuses.get(status, 0) + 1
        label = f"{method} {path[:160]} body={(body or b'')[:120]!r}"
        if status >= 500:
            self.server_errors.append(f"{status} {label} -> {text[:300]}")
        if status == 0 or took > SLOW:
            self.hangs.append(f"{status} after {took:.1f}s {label} {text[:200]}")
        if watch:
            sent = path + (body or b"").decode("utf-8", "replace")
            for name, secret in self.secrets.items():
                if secret and secret in (text + head) and secret not in sent:
                    self.leaks.append(f"{name} in the answer to {label}: {status} {text[:300]}")
        return status, text

    def json_call(self, method, path, payload=None, token=None, expect=None):
        status, text = self.request(method, path, None if payload is None else json.dumps(payload), token)
        if expect and status != expect:
            raise SystemExit(f"RESULT: FAIL setup: {method} {path} answered {status}: {text[:300]}")
        return json.loads(text) if text.startswith(("{", "[")) else None

    # ---- setup: user A with private data, user B, the admin ----
    def account(self, name, email):
        self.json_call("POST", "/api/auth/register",
                       {"username": name, "email": email, "password": "password-" + name}, expect=201)
        return self.json_call("POST", "/api/auth/login", {"username": name, "password": "password-" + name},
                              expect=200)

    def setup(self):
        tag = uuid.uuid4().hex[:8]
        a_email = f"alice.private.{tag}@example.org"
        a_login = self.account("alice_" + tag, a_email)
        b_login = self.account("bob_" + tag, f"bob.{tag}@example.org")
        admin = self.json_call("POST", "/api/auth/login", {"username": ADMIN_USER, "password": ADMIN_PASSWORD},
                               expect=200)
        self.a, self.b, self.admin = a_login["access_token"], b_login["access_token"], admin["access_token"]
        starts = time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(time.time() + 40 * 86400))
        ends = time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(time.time() + 40 * 86400 + 7200))
        event = {"title": "fuzz " + tag, "starts_at": starts, "ends_at": ends, "capacity": 50, "tags": []}
        self.a_event = self.json_call("POST", "/api/events", event, self.a, 201)["id"]
        self.admin_event = self.json_call("POST", "/api/events", dict(event, title="held by admin"), self.admin,
                                          201)["id"]
        self.spare_event = self.json_call("POST", "/api/events", dict(event, title="fuzzed by admin"), self.admin,
                                          201)["id"]
        self.a_booking = self.json_call("POST", f"/api/events/{self.admin_event}/book", None, self.a, 201)["id"]
        feed = self.json_call("POST", "/api/me/calendar-feed", None, self.a, 201)
        self.a_feed_url, self.a_feed_token = feed["url"], feed["token"]
        self.a_user = self.json_call("GET", "/api/me", None, self.a, 200)["id"]
        self.b_user = self.json_call("GET", "/api/me", None, self.b, 200)["id"]
        deadline = time.time() + 20
        inbox = []
        while not inbox and time.time() < deadline:
            inbox = self.json_call("GET", "/api/notifications", None, self.a, 200)["items"]
            time.sleep(0.5)
        if not inbox:
            raise SystemExit("RESULT: FAIL setup: A's inbox stayed empty")
        self.a_notification = inbox[0]["id"]
        self.venue = self.json_call("POST", "/api/venues", {"name": "Hall " + tag, "city": "Berlin"}, self.admin,
                                    201)["id"]
        self.tag = self.json_call("POST", "/api/tags", {"name": "t" + tag}, self.admin, 201)["id"]
        self.channel = self.json_call("POST", "/api/channels", {"name": "c" + tag}, self.admin, 201)["id"]
        # What B must never see: A's address, tokens and feed secret, and the ids of A's booking and notifications
        # (B's own notifications have the same wording, so the text would prove nothing). An id B itself sent is
        # not counted when the answer echoes it.
        self.secrets = {"A's email": a_email, "A's access token": self.a, "A's refresh token": a_login["refresh_token"],
                        "A's calendar token": self.a_feed_token, "A's booking id": self.a_booking}
        self.secrets.update({f"A's notification {n['id']}": n["id"] for n in inbox})
        self.a_ids = [self.a_event, self.a_booking, self.a_notification, self.a_user, self.admin_event]

    # ---- the document ----
    @staticmethod
    def load_document():
        status_conn = http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=30)
        status_conn.request("GET", "/swagger/eventboard.yml")
        text = status_conn.getresponse().read().decode()
        try:
            import yaml
            return yaml.safe_load(text)
        except ImportError:
            return json.loads(subprocess.run(["yq", "."], input=text, capture_output=True, text=True,
                                             check=True).stdout)

    def resolve(self, schema):
        while schema and "$ref" in schema:
            schema = self.doc["components"]["schemas"][schema["$ref"].split("/")[-1]]
        return schema or {}

    def sample(self, schema):
        """A plausible valid value for the schema, so that one broken part at a time reaches the validation."""
        schema = self.resolve(schema)
        if "enum" in schema:
            return schema["enum"][0]
        if "example" in schema and not isinstance(schema["example"], (dict, list)):
            example = schema["example"]
            return example.isoformat().replace("+00:00", "Z") if hasattr(example, "isoformat") else example
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return {name: self.sample(prop) for name, prop in schema.get("properties", {}).items()}
        if kind == "array":
            return [self.sample(schema.get("items", {}))]
        if kind in ("integer", "number"):
            return 1
        if kind == "boolean":
            return True
        if schema.get("format") == "date-time":
            return time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(time.time() + 50 * 86400))
        if schema.get("format") == "uuid":
            return str(uuid.uuid4())
        return "fuzz"

    def operations(self):
        for path, item in sorted(self.doc["paths"].items()):
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    yield method.upper(), path, op

    # ---- the fuzz ----
    def privileged(self, path, method):
        return (path.startswith(("/api/admin", "/api/channels/events", "/api/channels/{channelId}",
                                 "/api/events-status", "/api/notifications/{id}/retry"))
                or (method != "GET" and path.startswith(("/api/venues", "/api/tags", "/api/channels")))
                or (method == "POST" and path == "/api/notifications"))

    def admin_value(self, path, name):
        if name == "channelId" or path.startswith("/api/channels/"):
            return self.channel
        if path.startswith("/api/venues/"):
            return self.venue
        if path.startswith("/api/tags/"):
            return self.tag
        if path.startswith("/api/events"):
            return self.spare_event
        return str(uuid.UUID(int=random.getrandbits(128)))

    @staticmethod
    def fill(path, values, query=None):
        for name, value in values.items():
            path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe="", errors="surrogatepass"))
        if query:
            path += "?" + urllib.parse.urlencode(query, doseq=True, errors="surrogatepass",
                                                 quote_via=urllib.parse.quote)
        return path

    def fuzz_operation(self, method, path, op):
        params = op.get("parameters", [])
        path_params = [p["name"] for p in params if p["in"] == "path"]
        query_params = [p for p in params if p["in"] == "query"]
        header_params = [p["name"] for p in params if p["in"] == "header"]
        body_schema = None
        for media in op.get("requestBody", {}).get("content", {}).values():
            body_schema = media.get("schema")
        admin = self.privileged(path, method)
        # The caller who gets past the door: the admin for privileged operations (never with A's ids), else B.
        token = self.admin if admin else self.b
        watch = not admin
        values = {name: (self.admin_value(path, name) if admin else str(uuid.UUID(int=random.getrandbits(128))))
                  for name in path_params}
        if path == "/api/calendar/{token}.ics":
            values = {"token": "x" * 43}
        base = self.sample(body_schema) if body_schema else None
        target = self.fill(path, values)

        def send(body=None, query=None, pvalues=None, content_type="application/json", headers=None, who=token,
                 look=watch):
            payload = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
            return self.request(method, self.fill(path, pvalues or values, query), payload, who, content_type,
                                headers, look)

        send(base if body_schema else None)
        send(base if body_schema else None, who=None, look=True)  # anonymous
        if admin:
            send(base if body_schema else None, who=self.b, look=True)  # B at a door that is not B's
        # Other users' ids: B with every id of A's (and the admin's event A booked) in every path parameter.
        for name in path_params:
            for own in self.a_ids + [self.a_feed_token]:
                send(base if body_schema else None, pvalues=dict(values, **{name: own}), who=self.b, look=True)
            for junk in PATH_JUNK + STRINGS[2:12]:
                send(base if body_schema else None, pvalues=dict(values, **{name: junk}))
        for param in query_params:
            for junk in STRINGS + NUMBERS + ["true", "[]", "{}", "2030-01-01", "-created", ",,,"]:
                send(base if body_schema else None, query={param["name"]: str(junk)})
            send(query={param["name"]: ["1", "2"]})
        for header in header_params:
            for junk in ["", "\"x\"", "W/\"1\"", "*", "a" * 5000, "😀", "' OR 1=1"]:
                try:
                    send(base if body_schema else None, headers={header: junk})
                except (ValueError, UnicodeEncodeError):
                    pass  # http.client refuses to send it at all
        if method in ("POST", "PUT", "PATCH"):
            self.fuzz_body(send, base, self.resolve(body_schema) if body_schema else {})

    def fuzz_body(self, send, base, schema):
        for raw in MALFORMED:
            send(raw)
        send(b"", content_type="application/json")
        send(json.dumps(base), content_type="text/plain")
        send(b"<x/>", content_type="application/xml")
        send(b"x" * HUGE)
        send(json.dumps(["x" * 1000] * (HUGE // 1000)))
        if not isinstance(base, dict):
            return
        send({})
        send(dict(base, unknown_field="x", role="admin", id=str(uuid.uuid4()), user_id=self.a_user))
        for name, prop in schema.get("properties", {}).items():
            prop = self.resolve(prop)
            send({k: v for k, v in base.items() if k != name})
            for wrong in WRONG + NUMBERS:
                send(dict(base, **{name: wrong}))
            if prop.get("type") == "string" or prop.get("type") is None:
                for text in STRINGS:
                    send(dict(base, **{name: text}))
                send(dict(base, **{name: "x" * HUGE}))
            if prop.get("type") == "array":
                for text in STRINGS:
                    send(dict(base, **{name: [text]}))
                send(dict(base, **{name: ["x"] * 100000}))

    # ---- after: A's data as it was ----
    def check_a_untouched(self):
        problems = []
        event = self.json_call("GET", f"/api/events/{self.a_event}")
        if not event or event.get("status") != "scheduled":
            problems.append(f"A's event changed: {str(event)[:200]}")
        bookings = self.json_call("GET", "/api/bookings", None, self.a) or {}
        if not any(b.get("id") == self.a_booking and b.get("status") == "active" for b in bookings.get("items", [])):
            problems.append("A's booking is no longer active")
        inbox = (self.json_call("GET", "/api/notifications", None, self.a) or {}).get("items", [])
        if any(n.get("id") == self.a_notification and n.get("read") for n in inbox):
            problems.append("A's notification was marked read by someone else")
        status, _ = self.request("GET", self.a_feed_url)
        if status != 200:
            problems.append(f"A's calendar feed answers {status}")
        status, _ = self.request("GET", "/api/me", token=self.a)
        if status != 200:
            problems.append(f"A's access token answers {status}")
        return problems

    def run(self):
        self.doc = self.load_document()
        self.setup()
        began = time.monotonic()
        # Deletions last: the admin's fuzz deletes its own venue, tag, channel and event once, on a valid request.
        ops = sorted(self.operations(), key=lambda op: op[0] == "DELETE")
        for method, path, op in ops:
            self.fuzz_operation(method, path, op)
        took = time.monotonic() - began
        untouched = self.check_a_untouched()
        health, _ = self.request("GET", "/health")
        print(f"operations: {len(ops)}; requests: {self.sent} in {took:.0f} s")
        print("statuses: " + " ".join(f"{s}x{n}" for s, n in sorted(self.statuses.items())))
        for line in self.server_errors[:40]:
            print("5xx: " + line)
        for line in self.hangs[:20]:
            print("no answer or slow: " + line)
        for line in self.leaks[:20]:
            print("leak: " + line)
        for line in untouched:
            print("A's data: " + line)
        print(f"health at the end: {health}")
        summary = (f"{len(ops)} operations, {self.sent} requests: {len(self.server_errors)} 5xx, "
                   f"{len(self.hangs)} without an answer within {SLOW:.0f}s, {len(self.leaks)} answers to B or "
                   f"anonymous with A's data, {len(untouched)} changes to A's data")
        ok = not (self.server_errors or self.hangs or self.leaks or untouched) and health == 200
        print(("RESULT: PASS " if ok else "RESULT: FAIL ") + summary)


if __name__ == "__main__":
    Fuzzer().run()
