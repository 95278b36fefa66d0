"use client";
// Suggestions asked for while someone types (the search box, the speaker picker).
import { useEffect, useRef } from "react";

/** Characters typed before suggestions are asked for. */
export const SUGGEST_AFTER = 2;
/** A short pause, so each keystroke does not cost a request. */
const PAUSE_MS = 150;

/**
 * Asks `endpoint?q=<typed text>` once typing pauses, cancelling the request for the text typed before. `receive`
 * gets the answer's JSON; `fail` runs when a request fails for any reason other than being cancelled.
 */
export function useSuggestions<T>(endpoint: string, text: string, receive: (answer: T) => void, fail: () => void): void {
  // The latest handlers, so a new render's callbacks are used without asking again.
  const handlers = useRef({ receive, fail });
  useEffect(() => {
    handlers.current = { receive, fail };
  });
  useEffect(() => {
    const typed = text.trim();
    if (typed.length < SUGGEST_AFTER) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(typed)}`, { signal: controller.signal });
        if (!response.ok) return;
        handlers.current.receive((await response.json()) as T);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === "AbortError")) handlers.current.fail();
      }
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, text]);
}
