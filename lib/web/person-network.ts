// Lays out a person's most frequent counterparts on a circle around them, edge width by shared meetings.

export type Counterpart = { slug: string; name: string; meetings: number };
export type NetworkNode = Counterpart & { x: number; y: number; strokeWidth: number };

export function layoutPersonNetwork(counterparts: Counterpart[], options: { size?: number; max?: number } = {}) {
  const { size = 320, max = 8 } = options;
  const center = size / 2;
  const radius = size / 2 - 48;
  const shown = [...counterparts].sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)).slice(0, max);
  const most = Math.max(1, ...shown.map((person) => person.meetings));
  const nodes: NetworkNode[] = shown.map((person, index) => {
    // Start at the top and go clockwise so the busiest counterpart sits at twelve o'clock.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / shown.length;
    return {
      ...person,
      x: Math.round((center + radius * Math.cos(angle)) * 10) / 10,
      y: Math.round((center + radius * Math.sin(angle)) * 10) / 10,
      strokeWidth: 1 + Math.round((4 * person.meetings) / most),
    };
  });
  return { size, center, nodes };
}
