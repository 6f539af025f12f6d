export function writePages(dir?: string): string[];
export function patternOf(route: string): string;
export function serverRoutes(dir?: string): string[];
export function matchesPathPattern(pattern: string, path: string): boolean;
