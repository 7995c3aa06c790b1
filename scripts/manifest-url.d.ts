export const developmentUrl: string;
export function checkedProductionUrl(url: string): string;
export function withProductionUrl(manifest: string, url: string): string;
export function withVersion(manifest: string, version: string): string;
