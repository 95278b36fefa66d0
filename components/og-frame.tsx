import type { ReactNode } from "react";

/** The shared layout of generated preview cards (next/og supports flexbox and inline styles only). */
export function OgFrame({ kicker, children }: { kicker: string; children: ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#fafaf9", padding: 64 }}>
      <div style={{ display: "flex", fontSize: 28, color: "#57534e", letterSpacing: 0.5 }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>{children}</div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", borderTop: "2px solid #d6d3d1", paddingTop: 24 }}>
        <div style={{ fontSize: 34, fontWeight: 700, color: "#0c0a09" }}>Readout</div>
        <div style={{ fontSize: 24, color: "#57534e" }}>Every fact one click from its source sentence</div>
      </div>
    </div>
  );
}
