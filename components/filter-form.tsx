"use client";
import Form from "next/form";
import { useEffect, useRef, type ComponentProps, type FormEvent } from "react";

/**
 * Leaves the form's empty fields out of the address it navigates to ("/quotes?q=truce", not
 * "/quotes?q=truce&who=&from=&to="), so the link a reader copies says only what they chose: a disabled field is not
 * submitted, and the fields are enabled again once the address is read.
 */
function leaveOutEmptyFields(event: FormEvent<HTMLFormElement>): void {
  const empty = [...event.currentTarget.elements].filter(
    (field): field is HTMLInputElement | HTMLSelectElement =>
      (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.name !== "" && !field.disabled && field.value === "" && field.type !== "checkbox" && field.type !== "radio",
  );
  for (const field of empty) field.disabled = true;
  setTimeout(() => {
    for (const field of empty) field.disabled = false;
  });
}

/**
 * A GET filter form whose fields always show the filters of the address. A navigation to other filters keeps
 * this form (and what was typed in it), so when the filters change it resets its fields to their defaults, which
 * the page sets from the address; fields with their own state listen for the form's reset event.
 */
export function FilterForm({ filters, onSubmit, ...props }: ComponentProps<typeof Form> & { filters: string }) {
  const form = useRef<HTMLFormElement>(null);
  // Not on the first render: what a reader typed before the page came alive is kept.
  const shown = useRef(filters);
  useEffect(() => {
    if (shown.current === filters) return;
    shown.current = filters;
    form.current?.reset();
  }, [filters]);
  return (
    <Form
      ref={form}
      onSubmit={(event) => {
        onSubmit?.(event);
        if (!event.defaultPrevented) leaveOutEmptyFields(event);
      }}
      {...props}
    />
  );
}
