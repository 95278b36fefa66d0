"use client";
// Whether this component's JavaScript is running: false in the server's HTML and during hydration, true after.
// A control that only works with its handlers attached says it is a control only then, so a tap before the
// page's scripts have loaded does not land on a "button" that ignores it.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
