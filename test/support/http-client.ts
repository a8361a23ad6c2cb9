/**
 * A tiny HTTP client with a cookie jar, for talking to a real Attune server the way a browser would
 * (same-origin Origin header, session cookie carried between requests).
 */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

export class HttpClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { origin: this.base, ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let payload: string | Blob | FormData | undefined;
    // A form sets its own content type (with the multipart boundary); bytes and text go as they are.
    if (body instanceof FormData) payload = body;
    else if (body instanceof Uint8Array) payload = new Blob([new Uint8Array(body)]);
    else if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload, redirect: "manual" });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>("GET", path, undefined, headers);
  }
  post<T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>("POST", path, body, headers);
  }
  patch<T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>("PATCH", path, body, headers);
  }
  put<T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>("PUT", path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>("DELETE", path, undefined, headers);
  }

  static readonly password = "correct horse battery 9";

  signUp(email: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) {
    return this.post(
      "/api/auth/sign-up/email",
      { email, password: HttpClient.password, name: email.split("@")[0], ...extra },
      headers,
    );
  }
  signIn(email: string, password = HttpClient.password) {
    return this.post("/api/auth/sign-in/email", { email, password });
  }
}

let counter = 0;
export const uniqueEmail = (prefix = "person") =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.com`;
