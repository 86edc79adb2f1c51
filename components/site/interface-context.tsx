"use client";

import { createContext, useContext } from "react";
import type { SiteInterface } from "@/lib/i18n/interface";

// The interface a public page speaks, for the client parts that build links
// or words without props of their own (a 404 inside the site's layout has none).
const InterfaceContext = createContext<SiteInterface | null>(null);

export function InterfaceProvider({ value, children }: { value: SiteInterface; children: React.ReactNode }) {
  return <InterfaceContext.Provider value={value}>{children}</InterfaceContext.Provider>;
}

/** The page's interface; null outside the public site (the staff side, a 404 no route matched). */
export function useSiteInterface(): SiteInterface | null {
  return useContext(InterfaceContext);
}
