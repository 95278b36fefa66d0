// Choosing a person: the people the fact's articles name, or anyone else by their address.
type Person = { id: number; slug: string; name: string };

export function PersonChoice({ id, label, people, selectName, slugName, current }: { id: string; label: string; people: Person[]; selectName: string; slugName: string; current?: number }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">{label}</legend>
      <label htmlFor={`${id}-select`} className="sr-only">
        {label}: a person the article names
      </label>
      <select id={`${id}-select`} name={selectName} defaultValue="" className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm">
        <option value="">Choose a person the article names…</option>
        {people.map((person) => (
          <option key={person.id} value={person.id} disabled={person.id === current}>
            {person.name} ({person.slug})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-slug`} className="block text-sm text-stone-700">
        or anyone else, by address (e.g. benny-gantz)
      </label>
      <input id={`${id}-slug`} name={slugName} className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm" />
    </fieldset>
  );
}
