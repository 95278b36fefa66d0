// One symbol per kind of timeline entry, so the chart reads without relying on colour alone.

export const KIND_COLOR: Record<string, string> = {
  meeting: "#0369a1",
  call: "#6d28d9",
  planned: "#b45309",
  canceled: "#be123c",
  statement: "#57534e",
};


/** The symbol centred at (x, y) with radius r, in SVG user units. */
export function KindSymbol({ kind, x, y, r }: { kind: string; x: number; y: number; r: number }) {
  const color = KIND_COLOR[kind] ?? "#57534e";
  switch (kind) {
    case "call":
      return <rect x={x - r * 0.8} y={y - r * 0.8} width={r * 1.6} height={r * 1.6} fill={color} transform={`rotate(45 ${x} ${y})`} />;
    case "planned":
      return <circle cx={x} cy={y} r={r - 1} fill="white" stroke={color} strokeWidth={2} strokeDasharray="3 2" />;
    case "canceled":
      return (
        <g stroke={color} strokeWidth={2}>
          <circle cx={x} cy={y} r={r - 1} fill="white" />
          <line x1={x - r * 0.6} y1={y + r * 0.6} x2={x + r * 0.6} y2={y - r * 0.6} />
        </g>
      );
    case "statement":
      return <rect x={x - r * 0.75} y={y - r * 0.75} width={r * 1.5} height={r * 1.5} rx={1.5} fill={color} />;
    default:
      return <circle cx={x} cy={y} r={r} fill={color} />;
  }
}

/** A small standalone symbol for legends. */
export function KindIcon({ kind }: { kind: string }) {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="shrink-0">
      <KindSymbol kind={kind} x={7} y={7} r={5.5} />
    </svg>
  );
}
