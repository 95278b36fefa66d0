export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="font-serif text-3xl">Readout</h1>
    </main>
  );
}
