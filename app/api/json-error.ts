import { NextResponse } from "next/server";

/** Every API error has the same shape: `{ "error": "one line saying what is wrong" }`. */
export function jsonError(message: string, status: 400 | 404) {
  return NextResponse.json({ error: message }, { status });
}
