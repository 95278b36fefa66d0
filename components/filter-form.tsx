"use client";
import Form from "next/form";
import { useEffect, useRef, type ComponentProps } from "react";

/**
 * A GET filter form whose fields always show the filters of the address. A navigation to other filters keeps
 * this form (and what was typed in it), so when the filters change it resets its fields to their defaults, which
 * the page sets from the address; fields with their own state listen for the form's reset event.
 */
export function FilterForm({ filters, ...props }: ComponentProps<typeof Form> & { filters: string }) {
  const form = useRef<HTMLFormElement>(null);
  // Not on the first render: what a reader typed before the page came alive is kept.
  const shown = useRef(filters);
  useEffect(() => {
    if (shown.current === filters) return;
    shown.current = filters;
    form.current?.reset();
  }, [filters]);
  return <Form ref={form} {...props} />;
}
