// The cookies of a signed-in editor. The session token is HttpOnly, Secure (browsers still send a Secure
// cookie to http://localhost and 127.0.0.1, so local use and the tests work) and SameSite=Lax (a link from
// elsewhere arrives signed in; a form posted from elsewhere does not carry it). The second cookie only tells
// the browser to show "edit" links; it grants nothing, and the server never renders differently for it.

export const SESSION_COOKIE = "readout_session";
export const EDITOR_HINT_COOKIE = "readout_editor";

type Cookie = { name: string; value: string; httpOnly: boolean; secure: true; sameSite: "lax"; path: "/"; expires: Date };

export function signedInCookies(token: string, expiresAt: Date): Cookie[] {
  return [
    { name: SESSION_COOKIE, value: token, httpOnly: true, secure: true, sameSite: "lax", path: "/", expires: expiresAt },
    { name: EDITOR_HINT_COOKIE, value: "1", httpOnly: false, secure: true, sameSite: "lax", path: "/", expires: expiresAt },
  ];
}

export function signedOutCookies(): Cookie[] {
  return signedInCookies("", new Date(0));
}
