export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
        Readout: who met whom, when, and who said what. Every fact links to the sentence that states it.
      </p>
    </footer>
  );
}
