// One symbol per kind of timeline entry, so the chart reads without relying on colour alone.

export const KIND_COLOR: Record<string, string> = {
  meeting: "#0369a1",
  call: "#6d28d9",
  planned: "#b45309",
  canceled: "#be123c",
  statement: "#57534e",
};


// Tenths of a unit: a chart writes each coordinate into the page twice (HTML and React's payload), and
// 202.60000000000002 is eighteen characters for what 202.6 says in five.
const tenth = (value: number) => Math.round(value * 10) / 10;

/** The symbol centred at (x, y) with radius r, in SVG user units. */
export function KindSymbol({ kind, x: cx, y: cy, r: radius }: { kind: string; x: number; y: number; r: number }) {
  const color = KIND_COLOR[kind] ?? "#57534e";
  const [x, y, r] = [tenth(cx), tenth(cy), tenth(radius)];
  const at = (offset: number) => ({ left: tenth(x - offset), top: tenth(y - offset), right: tenth(x + offset), bottom: tenth(y + offset) });
  switch (kind) {
    case "call": {
      const box = at(r * 0.8);
      return <rect x={box.left} y={box.top} width={tenth(r * 1.6)} height={tenth(r * 1.6)} fill={color} transform={`rotate(45 ${x} ${y})`} />;
    }
    case "planned":
      return <circle cx={x} cy={y} r={tenth(r - 1)} fill="white" stroke={color} strokeWidth={2} strokeDasharray="3 2" />;
    case "canceled": {
      const stroke = at(r * 0.6);
      return (
        <g stroke={color} strokeWidth={2}>
          <circle cx={x} cy={y} r={tenth(r - 1)} fill="white" />
          <line x1={stroke.left} y1={stroke.bottom} x2={stroke.right} y2={stroke.top} />
        </g>
      );
    }
    case "statement": {
      const box = at(r * 0.75);
      return <rect x={box.left} y={box.top} width={tenth(r * 1.5)} height={tenth(r * 1.5)} rx={1.5} fill={color} />;
    }
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
