// The headers that keep a page's content from acting on the reader: a per-request nonce CSP (set by proxy.ts)
// and the fixed headers every response carries (next.config.ts). Why: docs/decisions/005-security-headers-and-outages.md.

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The directives every policy shares, a rendered page's (nonce) and a kept page's (hashes): images, fonts and
 * requests from Readout's origin only, no plugins, no <base> elsewhere, forms posting home, never framed.
 */
export const FIXED_DIRECTIVES: readonly string[] = [
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Scripts run only when they carry this response's nonce (Next adds it to its own) or are loaded by one that
 * does ('strict-dynamic'); nothing loads from another origin; no page may frame this one.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build reconstructs server stacks with eval; production never evaluates strings.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    ...FIXED_DIRECTIVES,
  ];
  return directives.join("; ");
}

/** Headers for every response, whatever route or file serves it. */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors for browsers that predate CSP level 2.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];
