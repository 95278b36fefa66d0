import { describe, expect, it } from "vitest";
import { layoutPersonNetwork } from "./person-network";

describe("layoutPersonNetwork", () => {
  const people = [
    { slug: "a", name: "Antony Blinken", meetings: 1 },
    { slug: "j", name: "Jake Sullivan", meetings: 3 },
    { slug: "l", name: "Lloyd Austin", meetings: 1 },
  ];
  it("puts the most frequent counterpart at the top with the widest edge", () => {
    const { nodes, center } = layoutPersonNetwork(people, { size: 300 });
    expect(nodes[0]?.slug).toBe("j");
    expect(nodes[0]?.x).toBeCloseTo(center);
    expect(nodes[0]?.y).toBeLessThan(center);
    expect(nodes[0]?.strokeWidth).toBeGreaterThan(nodes[1]?.strokeWidth ?? Infinity);
  });
  it("keeps every node inside the picture and caps the count", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ slug: `p${i}`, name: `P ${i}`, meetings: 1 }));
    const { nodes, size } = layoutPersonNetwork(many, { size: 320, max: 8 });
    expect(nodes).toHaveLength(8);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(size);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(size);
    }
  });
  it("returns no nodes for no counterparts", () => {
    expect(layoutPersonNetwork([]).nodes).toEqual([]);
  });
});
